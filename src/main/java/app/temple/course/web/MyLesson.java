package app.temple.course.web;

/**
 * Her own state on a lesson she may open.
 *
 * @param reflection what she wrote, or empty
 * @param position   where she stopped in its recording, in seconds
 */
public record MyLesson(boolean done, String reflection, int position) {

    @Override
    public String toString() {
        return "MyLesson[done=" + done + ", reflection redacted]";
    }
}
