package app.temple.site;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class NodeCacheTest {

    private final NodeCache<String> cache = new NodeCache<>(Duration.ofMinutes(5), 3);
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<String> reading(String value) {
        return () -> {
            reads.incrementAndGet();
            return value;
        };
    }

    @Test
    void aKeptValueIsAnsweredWithoutReadingAgain() {
        assertThat(cache.get("member-1", reading("first"))).isEqualTo("first");
        assertThat(cache.get("member-1", reading("second"))).isEqualTo("first");
        assertThat(reads).hasValue(1);
    }

    @Test
    void theFeedsNoteByDigestForgetsTheKeyItNames() {
        cache.get("member-1", reading("old"));
        cache.get("member-2", reading("other"));

        cache.forgetDigest(ChangeFeed.keyOf("member-1"));

        assertThat(cache.peek("member-1")).isNull();
        assertThat(cache.get("member-1", reading("new"))).isEqualTo("new");
        assertThat(cache.peek("member-2")).isEqualTo("other");
    }

    @Test
    void aNoteForAKeyNeverKeptForgetsNothingElse() {
        cache.get("member-1", reading("kept"));

        cache.forgetDigest(ChangeFeed.keyOf("someone-else"));

        assertThat(cache.peek("member-1")).isEqualTo("kept");
    }

    @Test
    void aValueWrittenHereIsForgottenByTheFeedsNoteToo() {
        cache.put("member-1", "written here");
        assertThat(cache.peek("member-1")).isEqualTo("written here");

        cache.forgetDigest(ChangeFeed.keyOf("member-1"));

        assertThat(cache.peek("member-1")).isNull();
    }

    @Test
    void aValueReadWhileTheKeyChangedIsNotKept() {
        String read = cache.get("member-1", () -> {
            cache.forgetDigest(ChangeFeed.keyOf("member-1")); // another node's change, heard mid-read
            return "perhaps stale";
        });

        assertThat(read).isEqualTo("perhaps stale");
        assertThat(cache.peek("member-1")).isNull();
    }

    @Test
    void aKeyForgottenHereAndWrittenAgainIsStillFoundByTheFeedsNote() {
        cache.get("member-1", reading("old"));

        cache.forget("member-1");
        assertThat(cache.peek("member-1")).isNull();
        cache.put("member-1", "written here");
        cache.forgetDigest(ChangeFeed.keyOf("member-1"));

        assertThat(cache.peek("member-1")).isNull();
    }

    @Test
    void aFullCacheStartsAfreshAndStillHearsTheFeed() {
        cache.get("a", reading("1"));
        cache.get("b", reading("2"));
        cache.get("c", reading("3"));

        assertThat(cache.get("d", reading("4"))).isEqualTo("4");

        assertThat(cache.peek("a")).isNull();
        assertThat(cache.peek("d")).isNull(); // the clear counts as a forgetting: the value read meanwhile is not kept
        assertThat(cache.get("d", reading("4"))).isEqualTo("4");
        assertThat(reads).hasValue(5);
        assertThat(cache.peek("d")).isEqualTo("4");
        cache.forgetDigest(ChangeFeed.keyOf("d"));
        assertThat(cache.peek("d")).isNull();
    }

    @Test
    void readingAfreshReadsAndKeepsTheNewValue() {
        cache.get("member-1", reading("old"));

        try (NodeCache.Afresh ignored = NodeCache.readingAfresh()) {
            assertThat(cache.get("member-1", reading("new"))).isEqualTo("new");
        }

        assertThat(cache.get("member-1", reading("newer"))).isEqualTo("new");
    }
}
