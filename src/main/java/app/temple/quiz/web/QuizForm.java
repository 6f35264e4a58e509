package app.temple.quiz.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.function.UnaryOperator;

/**
 * What a quiz screen posts: the answers so far (hidden fields), which screen it was, the choice made on it,
 * and whether she went forward or back.
 */
public record QuizForm(String answers, String relationship, String safety, Integer step, String choice, String nav,
                       String consent, String invite, String keepOrigin) {

    /**
     * The form as a request carries it, each field by its name; a missing or blank screen number is the first screen.
     *
     * @throws ResponseStatusException 400, when the screen number is not a whole number
     */
    static QuizForm read(UnaryOperator<String> field) {
        return new QuizForm(field.apply("answers"), field.apply("relationship"), field.apply("safety"),
                step(field.apply("step")), field.apply("choice"), field.apply("nav"), field.apply("consent"),
                field.apply("invite"), field.apply("keepOrigin"));
    }

    private static Integer step(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(number.strip());
        } catch (NumberFormatException notANumber) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The screen number is not a number.");
        }
    }

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
