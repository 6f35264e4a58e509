package app.temple.quiz;

import app.temple.vault.Reader;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's saved quiz results as another module may offer them for sharing: listed for her without opening
 * anything, and one of them opened for someone she chose to show it to, which writes that read to her access log.
 */
public interface SavedResults {

    /** Her saved results, newest first: which quiz and when, never what she answered or scored. */
    List<Listed> listOf(UUID member, String language);

    /**
     * One of her results, opened for {@code reader} and recorded in her access log; empty when it is not hers or no
     * longer there.
     */
    Optional<Opened> openFor(Reader reader, UUID member, UUID result, String language);

    /** A result in her list. */
    record Listed(UUID id, String quizTitle, Instant takenAt) {
    }

    /**
     * A result in the compact form of her own result page: the profile (null when there were not enough answers to
     * suggest one) and each dimension's score, rounded as the page rounds it (null when not enough answers).
     */
    record Opened(String quizTitle, Instant takenAt, String profileName, String profileDescription, List<Score> scores) {

        @Override
        public String toString() {
            return "SavedResults.Opened[" + quizTitle + ", redacted]";
        }
    }

    record Score(String dimension, Integer shown) {
    }
}
