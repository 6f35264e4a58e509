package app.temple.course.internal;

/**
 * Why a lesson's source cannot be saved, as its reader explains it: the line (0 when the problem is not on one line)
 * and what is wrong there.
 */
public class LessonProblem extends RuntimeException {

    private final int line;
    private final String reason;

    LessonProblem(int line, String reason) {
        super(reason);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
