package app.temple.course.web;

/**
 * Her own state on a lesson she may open.
 *
 * @param reflection what she wrote, or empty
 * @param error      why what she just wrote was not kept, or null
 */
public record MyLesson(boolean done, String reflection, String error, int position) {

    @Override
    public String toString() {
        return "MyLesson[done=" + done + ", reflection redacted]";
    }
}
