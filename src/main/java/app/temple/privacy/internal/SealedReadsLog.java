package app.temple.privacy.internal;

import app.temple.privacy.AccessLog;
import app.temple.vault.SealedDataReadByAnother;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every read of a member's sealed data by someone else into her access log (privacy rule 5). The listener is
 * synchronous: it runs inside the read, so if the log cannot be written the read fails rather than going unrecorded.
 * <p>
 * Who and what are stored as message keys ({@link #READER}, {@link #FIELD}), so that the privacy centre shows them in
 * her language; one entry per read, not merged per day, since each view is a read she may want to see.
 */
@Component
class SealedReadsLog {

    /** The key of the words that name a reader by role, e.g. {@code privacyCentre.access.reader.partner}. */
    static final String READER = "privacyCentre.access.reader.";
    /** The key of the words that say what a vault field holds, e.g. {@code privacyCentre.access.field.quiz.partner.member}. */
    static final String FIELD = "privacyCentre.access.field.";

    private final AccessLog accessLog;

    SealedReadsLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(SealedDataReadByAnother read) {
        accessLog.record(read.owner(), read.reader().id(), read.reader().role(), READER + read.reader().role(),
                FIELD + read.field());
    }
}
