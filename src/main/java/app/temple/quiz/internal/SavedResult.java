package app.temple.quiz.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A result she kept, opened: which quiz and version scored it, when, her scores and her profile.
 *
 * @param answers the answers as carried during the quiz ({@link Answers#encoded()})
 * @param profile the profile's key, or null when there were not enough answers
 */
public record SavedResult(UUID id, String quiz, int version, Instant takenAt, Map<String, Integer> scores,
                          String profile, String answers, String relationship) {

    /** Never the answers, the scores or the profile: this may end up in a log line. */
    @Override
    public String toString() {
        return "SavedResult[" + id + ", " + quiz + " v" + version + ", redacted]";
    }
}
