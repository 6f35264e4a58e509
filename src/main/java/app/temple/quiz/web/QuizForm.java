package app.temple.quiz.web;

/**
 * What a quiz screen posts: the answers so far (hidden fields), which screen it was, the choice made on it,
 * and whether she went forward or back.
 */
public record QuizForm(String answers, String relationship, String safety, Integer step, String choice, String nav,
                       String consent, String invite, String keepOrigin) {

    /** Never the answers or the invitation's token: this may end up in a log line. */
    @Override
    public String toString() {
        return "QuizForm[step=" + step + ", nav=" + nav + ", answers and token redacted]";
    }

    boolean back() {
        return "back".equals(nav);
    }

    /** A partner answering through an invitation: the form carries its token. */
    boolean invited() {
        return invite != null && !invite.isBlank();
    }

    /** The finished quiz this form keeps, when it names one. */
    java.util.UUID origin() {
        try {
            return keepOrigin == null || keepOrigin.isBlank() ? null : java.util.UUID.fromString(keepOrigin);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    boolean chose() {
        return choice != null && !choice.isBlank();
    }
}
