package app.temple.site;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells this instance of Temple what any instance changed, so that what it keeps in memory ({@link NodeCache}) is
 * forgotten when the rows behind it change. Database triggers note each change (topic and key) in {@code site_change};
 * this polls that table a few times a second. A change made here is also told at once, after its transaction commits,
 * so that she reads her own write on the next page whichever poll is due.
 */
@Component
public class ChangeFeed extends Poller {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    /**
     * Sequence numbers are taken when a row is inserted but become visible when its transaction commits, so a lower
     * number may appear after a higher one was read: each poll reads this many numbers back again, and tells only
     * those it has not told yet.
     */
    private static final long LOOK_BACK = 200;
    private static final Duration KEPT = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Map<String, List<NodeCache<?>>> caches = new ConcurrentHashMap<>();
    private volatile long seen = -1;
    private volatile boolean missedSome;
    /** The changes within the look-back already told, so that reading them again forgets nothing again. */
    private final java.util.NavigableSet<Long> applied = new java.util.concurrent.ConcurrentSkipListSet<>();
    private long polls;

    ChangeFeed(JdbcClient jdbc, @Value("${temple.change-feed.poll:250ms}") Duration pollEvery) {
        super("change-feed", pollEvery);
        this.jdbc = jdbc;
    }

    /** A cache of rows under one topic, forgotten key by key as the feed tells. */
    public <V> NodeCache<V> cache(String topic, Duration keptAtMost, int entriesAtMost) {
        NodeCache<V> cache = new NodeCache<>(keptAtMost, entriesAtMost);
        caches.computeIfAbsent(topic, any -> new CopyOnWriteArrayList<>()).add(cache);
        return cache;
    }

    /**
     * A change to the rows under this key (a member's id, a session id) made here: forgotten now and again once the surrounding transaction
     * commits (a page read between the two could have cached the old rows). Other instances learn it by the poll.
     */
    public void changedHere(String topic, String naturalKey) {
        String key = keyOf(naturalKey);
        forget(topic, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(topic, key);
                }
            });
        }
    }

    /** Reads the changes noted since the last poll, by any instance, and forgets what they name. */
    public void poll() {
        if (seen < 0) {
            seen = jdbc.sql("select coalesce(max(seq), 0) from site_change").query(Long.class).single();
            return;
        }
        if (missedSome) {
            // the database was away: what changed meanwhile may already be purged, so forget everything once
            caches.values().forEach(list -> list.forEach(NodeCache::clear));
            missedSome = false;
        }
        record Change(long seq, String topic, String key) {
        }
        List<Change> changes = jdbc.sql("select seq, topic, key from site_change where seq > ? order by seq")
                .param(seen - LOOK_BACK)
                .query((row, i) -> new Change(row.getLong(1), row.getString(2), row.getString(3))).list();
        for (Change change : changes) {
            if (applied.add(change.seq())) {
                forget(change.topic(), change.key());
            }
            seen = Math.max(seen, change.seq());
        }
        applied.headSet(seen - LOOK_BACK).clear();
        if (++polls % 1200 == 0) {
            jdbc.sql("delete from site_change where at < now() - make_interval(secs => ?)").param(KEPT.toSeconds()).update();
        }
    }

    private void forget(String topic, String key) {
        caches.getOrDefault(topic, List.of()).forEach(cache -> cache.forgetDigest(key));
    }

    /** The digest the feed names a key by, as {@code site_note_change} computes it. */
    static String keyOf(String naturalKey) {
        return DigestUtils.sha256Hex(naturalKey);
    }

    @Override
    protected void pollOnce() {
        poll();
    }

    @Override
    protected void failed(RuntimeException unavailable) {
        missedSome = true;
        log.debug("Could not read the change feed", unavailable);
    }
}
