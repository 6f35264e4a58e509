package app.temple.course.internal;

/** Why an upload was refused; nothing was written. Each names the message that tells the editor, and its status. */
public final class UploadProblem extends Exception {

    /** What was wrong with what was sent. */
    public enum Reason {
        NO_FILE(400), EMPTY(400), NOT_A_RECORDING(400), AUDIO_LESSON_TAKES_AUDIO(400), VIDEO_LESSON_TAKES_VIDEO(400),
        NOT_CAPTIONS(400), UNKNOWN_LANGUAGE(400), TOO_LARGE(413);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return "course.media.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public UploadProblem(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
