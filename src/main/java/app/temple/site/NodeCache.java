package app.temple.site;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rows kept in this instance's memory, by key, for a short while, and forgotten as soon as the {@link ChangeFeed}
 * tells that any instance changed them. Made by {@link ChangeFeed#cache}. An empty answer is kept too. The feed names
 * a key by its digest; the digest is worked out when a value is stored or forgotten here, never for a read, so a
 * page's lookups (several per signed-in request) hash nothing.
 *
 * <p>A value read from the database just before a change and stored just after it would outlive the change, so a
 * value is stored only if nothing was forgotten while it was being read.
 */
public final class NodeCache<V> {

    private record Entry<V>(V value, long storedAt) {
    }

    /** Set for a request that must read afresh (see {@link #readingAfresh}). */
    private static final ThreadLocal<Boolean> AFRESH = new ThreadLocal<>();

    private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    /**
     * The natural key of every key stored since the last {@link #clear}, by its digest: what the feed's notes are
     * looked up in. A digest always names the same key, so forgetting an entry leaves its digest here; only clearing
     * (which empties the entries too) removes digests, and so a kept entry can always be found by its digest.
     */
    private final ConcurrentHashMap<String, String> naturalKeys = new ConcurrentHashMap<>();
    private final AtomicLong forgettings = new AtomicLong();
    private final long keptNanos;
    private final int entriesAtMost;

    NodeCache(Duration keptAtMost, int entriesAtMost) {
        this.keptNanos = keptAtMost.toNanos();
        this.entriesAtMost = entriesAtMost;
    }

    /**
     * From now until {@link Afresh#close}, on this thread, every cache is read afresh (and what is read kept): for a
     * browser that has just changed something, perhaps on another instance of Temple, whose change this one may not
     * have heard of yet.
     */
    public static Afresh readingAfresh() {
        AFRESH.set(Boolean.TRUE);
        return AFRESH::remove;
    }

    /** The end of {@link #readingAfresh}. */
    @FunctionalInterface
    public interface Afresh extends AutoCloseable {
        @Override
        void close();
    }

    public V get(String naturalKey, Supplier<V> read) {
        Entry<V> entry = entries.get(naturalKey);
        long now = System.nanoTime();
        if (entry != null && now - entry.storedAt() < keptNanos && AFRESH.get() == null) {
            return entry.value();
        }
        long before = forgettings.get();
        V value = read.get();
        if (forgettings.get() == before) {
            if (entries.size() >= entriesAtMost || naturalKeys.size() >= 2 * entriesAtMost) {
                clear(); // crude, and rare: a node holding more active keys than this reads them again
            }
            store(naturalKey, new Entry<>(value, now));
            if (forgettings.get() != before) {
                entries.remove(naturalKey); // forgotten between the check and the store: it may be stale
            }
        }
        return value;
    }

    /** What is kept under the key now, if anything (however old), without reading. */
    public V peek(String naturalKey) {
        Entry<V> entry = entries.get(naturalKey);
        return entry == null ? null : entry.value();
    }

    /** Replaces what is kept under the key with a value this instance has just written itself. */
    public void put(String naturalKey, V value) {
        store(naturalKey, new Entry<>(value, System.nanoTime()));
    }

    /**
     * The entry first, its digest after; {@link #clear} empties them the other way round. Whatever the interleaving,
     * an entry left in place then has its digest noted.
     */
    private void store(String naturalKey, Entry<V> entry) {
        entries.put(naturalKey, entry);
        naturalKeys.put(ChangeFeed.keyOf(naturalKey), naturalKey);
    }

    public void forget(String naturalKey) {
        forgettings.incrementAndGet();
        entries.remove(naturalKey);
    }

    /** As the feed tells: by the digest of the key. */
    void forgetDigest(String key) {
        forgettings.incrementAndGet();
        String naturalKey = naturalKeys.get(key);
        if (naturalKey != null) {
            entries.remove(naturalKey);
        }
    }

    void clear() {
        forgettings.incrementAndGet();
        naturalKeys.clear();
        entries.clear();
    }
}
