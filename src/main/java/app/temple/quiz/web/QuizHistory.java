package app.temple.quiz.web;

import app.temple.quiz.internal.Dimension;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Result;
import app.temple.quiz.internal.SavedResult;
import app.temple.site.Dates;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Her saved results of one quiz, oldest first, and the small trend charts drawn from them: one per dimension, so
 * that no line has to be told apart from another by its colour.
 */
public record QuizHistory(QuizDefinition quiz, List<SavedResult> results) {

    /** The days her results were taken on, as the platform's people live them. */
    static final ZoneId ZONE = Dates.HOME;
    static final int WIDTH = 300;
    static final int HEIGHT = 80;
    static final int MARGIN = 8;

    /** One trend per dimension, in the quiz's order; a result without a score for it leaves a gap. */
    public List<Trend> trends() {
        List<Trend> trends = new ArrayList<>();
        for (Dimension dimension : quiz.dimensions()) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Integer score = results.get(i).scores().get(dimension.key());
                if (score != null) {
                    points.add(new Point(x(i), y(score), Result.shown(score)));
                }
            }
            trends.add(new Trend(dimension, points));
        }
        return trends;
    }

    /** A single result sits in the middle, so that it is drawn as a point rather than as nothing. */
    public int x(int i) {
        int span = WIDTH - 2 * MARGIN;
        return results.size() <= 1 ? WIDTH / 2 : MARGIN + span * i / (results.size() - 1);
    }

    public int y(int score) {
        return HEIGHT - MARGIN - (HEIGHT - 2 * MARGIN) * score / 100;
    }

    /** The day a result was taken, as the reader's language writes dates: "5 December 2026", "5 december 2026". */
    public static String date(SavedResult result, Locale locale) {
        return Dates.day(result.takenAt(), ZONE, locale);
    }

    public Optional<String> profileName(SavedResult result, String language) {
        return Optional.ofNullable(result.profile()).flatMap(quiz::profile).map(p -> p.name().in(language));
    }

    /** Never her results: this may end up in a log line. */
    @Override
    public String toString() {
        return "QuizHistory[" + quiz.slug() + ", " + results.size() + " results, redacted]";
    }

    /** Where one saved score is drawn, and the rounded score it shows. */
    public record Point(int x, int y, int shown) {

        /** Never the score: this may end up in a log line. */
        @Override
        public String toString() {
            return "Point[redacted]";
        }
    }

    /** One dimension over time. */
    public record Trend(Dimension dimension, List<Point> points) {

        /** "x,y x,y …" for a polyline; a line needs two points, a single one is drawn as a dot alone. */
        public String line() {
            return points.size() < 2 ? "" : points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        }

        /** Never the plotted scores: this may end up in a log line. */
        @Override
        public String toString() {
            return "Trend[" + dimension.key() + ", redacted]";
        }
    }
}
