package app.temple.booking.internal;

import java.util.Locale;

/** Why a photo was refused; nothing was written. Each names the message that tells her, and its status. */
public final class PhotoProblem extends Exception {

    /** What was wrong with what was sent. */
    public enum Reason {
        NO_FILE(400), EMPTY(400), NOT_A_PHOTO(400), TOO_LARGE(413);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return "desk.photo.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public PhotoProblem(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
