package app.temple.course;

import app.temple.vault.Reader;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's lesson reflections as another module may offer them for sharing: listed for her without opening
 * anything, and one of them opened for someone she chose to show it to, which writes that read to her access log.
 */
public interface MyReflections {

    /** Her reflections, newest first: on which lesson and when, never their words. */
    List<Listed> listOf(UUID member, String language);

    /**
     * One of her reflections ({@link Listed#id()}), opened for {@code reader} and recorded in her access log; empty
     * when she has none there (any more).
     */
    Optional<Opened> openFor(Reader reader, UUID member, String id, String language);

    /**
     * A reflection in her list.
     *
     * @param id the course and the lesson, as {@code course/lesson}: a reflection is hers per lesson
     */
    record Listed(String id, String courseTitle, String lessonTitle, Instant updatedAt) {
    }

    record Opened(String courseTitle, String lessonTitle, Instant updatedAt, String text) {

        @Override
        public String toString() {
            return "MyReflections.Opened[" + courseTitle + "/" + lessonTitle + ", text redacted]";
        }
    }
}
