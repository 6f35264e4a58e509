package app.temple.mail.internal;

import app.temple.mail.internal.QueuedLetters.Queued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Deletes the rows of letters that went. A deletion that fails (the database away) is owed: this node must not send
 * that letter again, and pays the deletion before its next run sends anything. Used by one run at a time (the
 * sender's lock), so it locks nothing itself; what it owes lives in this node's memory only.
 */
final class SentRows {

    private static final Logger log = LoggerFactory.getLogger(SentRows.class);

    private final QueuedLetters queue;
    /** Queue ids of the owed deletions, oldest first. */
    private final Set<Long> owed = new LinkedHashSet<>();

    SentRows(QueuedLetters queue) {
        this.queue = queue;
    }

    /** Deletes the row of a letter the delivery took; if the database refuses, the deletion is owed. */
    void deleteSent(Queued sent) {
        try {
            queue.delete(sent.id());
        } catch (DataAccessException e) {
            owed.add(sent.id());
            log.warn("Letter {} (queue id {}) sent, but its row could not be deleted; it will not be sent again by "
                    + "this node, which deletes the row in its next run: {}", sent.letter().kind(), sent.id(),
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Pays the owed deletions, oldest first.
     *
     * @throws DataAccessException when the database still refuses one; it and those after it stay owed
     */
    void payOwed() {
        for (Iterator<Long> ids = owed.iterator(); ids.hasNext(); ) {
            queue.delete(ids.next());
            ids.remove();
        }
    }

    /** Whether this node sent the letter of this queue id and still owes the deletion of its row. */
    boolean owes(long id) {
        return owed.contains(id);
    }
}
