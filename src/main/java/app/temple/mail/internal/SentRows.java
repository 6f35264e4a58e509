package app.temple.mail.internal;

import app.temple.mail.internal.QueuedLetters.Queued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Deletes the rows of letters that went. A deletion that fails (the database away) is owed: this node must not send
 * that letter again, and pays the deletion before it claims anything else. Used by one run at a time (the
 * sender's lock), so it locks nothing itself; what it owes lives in this node's memory only. A row already gone
 * when it is deleted tells the delivery to forget that member's letters, as her erasure would.
 */
final class SentRows {

    private static final Logger log = LoggerFactory.getLogger(SentRows.class);

    private final QueuedLetters queue;
    private final LetterDelivery delivery;
    /** Queue id of each owed deletion, and the member its letter was about (or null), oldest first. */
    private final Map<Long, UUID> owed = new LinkedHashMap<>();

    SentRows(QueuedLetters queue, LetterDelivery delivery) {
        this.queue = queue;
        this.delivery = delivery;
    }

    /** Deletes the row of a letter the delivery took; if the database refuses, the deletion is owed. */
    void deleteSent(Queued sent) {
        try {
            delete(sent.id(), sent.letter().member());
        } catch (DataAccessException e) {
            owed.put(sent.id(), sent.letter().member());
            log.warn("Letter {} (queue id {}) sent, but its row could not be deleted; it will not be sent again by "
                    + "this node, which deletes the row before it claims another: {}", sent.letter().kind(), sent.id(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Pays the owed deletions, oldest first.
     *
     * @throws DataAccessException when the database still refuses one; it and those after it stay owed
     */
    void payOwed() {
        for (Iterator<Map.Entry<Long, UUID>> rows = owed.entrySet().iterator(); rows.hasNext(); ) {
            Map.Entry<Long, UUID> row = rows.next();
            delete(row.getKey(), row.getValue());
            rows.remove();
        }
    }

    /** Whether any deletion is owed. */
    boolean owesAny() {
        return !owed.isEmpty();
    }

    private void delete(long id, UUID member) {
        if (queue.delete(id) == 0 && member != null) {
            // the row went while the letter was on its way, most likely with her erasure, which no longer waits for a
            // send to finish: the delivery forgets what it kept of her letters (the development outbox keeps them), as
            // it would had she been erased a moment later; for a row gone another way, that is only cautious
            delivery.forget(member);
        }
    }
}
