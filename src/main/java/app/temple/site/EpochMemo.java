package app.temple.site;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers read from the database and kept until a module's {@link ContentEpoch} moves: the rows behind the public
 * pages (courses, lessons, articles) change only when an editor saves, and every page a member sees reads them. The
 * epoch moves once a write here commits, and by its poll when another instance wrote, so a kept answer is never
 * older than the module's shared pages.
 */
public final class EpochMemo {

    /** Beyond this many answers per epoch, answers are read and not kept: a flood of made-up addresses costs no memory. */
    private static final int ANSWERS_AT_MOST = 2_000;

    private final ContentEpoch epoch;
    private volatile Memo memo = new Memo(-1);

    /** What was read since the tick, by question. */
    private record Memo(long tick, ConcurrentHashMap<String, Object> answers) {
        Memo(long tick) {
            this(tick, new ConcurrentHashMap<>());
        }
    }

    public EpochMemo(ContentEpoch epoch) {
        this.epoch = epoch;
    }

    /**
     * The answer kept since the epoch last moved, or read now. The tick is taken before reading, so an answer read
     * across a change is kept under an epoch that is already stale. An answer must not be null (use Optional).
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(String question, Supplier<T> read) {
        Memo current = memo;
        if (current.tick() < 0 || !epoch.unchangedSince(current.tick())) {
            current = new Memo(ContentEpoch.tick());
            memo = current;
        }
        Object answer = current.answers().get(question);
        if (answer == null) {
            answer = read.get();
            if (current.answers().size() < ANSWERS_AT_MOST) {
                current.answers().putIfAbsent(question, answer);
            }
        }
        return (T) answer;
    }
}
