package app.temple.quiz.web;

import app.temple.quiz.internal.Dimension;
import app.temple.quiz.internal.Outcome;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Result;

import java.util.List;

/**
 * A scored quiz as the result page shows it. Nothing here is stored for a visitor; the answers ride along in the
 * save form for a member who chooses to keep them.
 *
 * @param saveable  a member is signed in, so the page offers to save
 * @param consented she has already agreed to keep results she saves
 * @param error     a message key for the save form, or null
 * @param origin    the finished quiz's random id, carried by the save form; null when unknown
 */
public record ResultView(Result result, boolean saveable, boolean consented, String error, java.util.UUID origin) {

    public QuizDefinition quiz() {
        return result.quiz();
    }

    /** The bars, in the quiz's order; a dimension without enough answers has a null score. */
    public List<Bar> bars() {
        return result.scores().entrySet().stream()
                .map(e -> new Bar(quiz().dimension(e.getKey()).orElseThrow(), e.getValue())).toList();
    }

    /** Advice that assumes a safe partner is withheld when she said she is not safe, or not sure. */
    public boolean unsafe() {
        return result.answers().unsafe();
    }

    public boolean withheld(Outcome outcome) {
        return unsafe() && outcome.assumesSafePartner();
    }

    /** A two-dimensional quiz (Attachment) is drawn as a dot on a map rather than as bars. */
    public boolean map() {
        return quiz().dimensions().size() == 2 && result.scores().values().stream().allMatch(v -> v != null);
    }

    /** The dimension names a blended profile mentions, in the reader's language, or null. */
    public List<String> blendNames(String language) {
        return result.blend().stream().map(key -> quiz().dimension(key).orElseThrow().name().in(language)).toList();
    }

    public record Bar(Dimension dimension, Integer score) {
        public Integer shown() {
            return score == null ? null : Result.shown(score);
        }

        public String band() {
            return score == null ? "none" : Result.band(score);
        }

        /** Never the score: this may end up in a log line. */
        @Override
        public String toString() {
            return "Bar[" + dimension.key() + ", redacted]";
        }
    }
}
