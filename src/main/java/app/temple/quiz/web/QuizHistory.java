package app.temple.quiz.web;

import app.temple.quiz.internal.Dimension;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.SavedResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Her saved results of one quiz, oldest first, and the lines of its trend chart. */
public record QuizHistory(QuizDefinition quiz, List<SavedResult> results) {

    static final int WIDTH = 560;
    static final int LEFT = 40;
    static final int TOP = 10;
    static final int PLOT_HEIGHT = 160;

    /** One polyline per dimension: "x,y x,y …" in the chart's coordinates; a result without a score is left out. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int index = 0;
        for (Dimension dimension : quiz.dimensions()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < results.size(); i++) {
                Integer score = results.get(i).scores().get(dimension.key());
                if (score != null) {
                    points.append(x(i)).append(',').append(y(score)).append(' ');
                }
            }
            lines.add(new Line(dimension, "series-" + (index++ % 5), points.toString().trim()));
        }
        return lines;
    }

    public int x(int i) {
        int span = WIDTH - LEFT - 20;
        return results.size() <= 1 ? LEFT + span / 2 : LEFT + span * i / (results.size() - 1);
    }

    public int y(int score) {
        return TOP + PLOT_HEIGHT - PLOT_HEIGHT * score / 100;
    }

    public Optional<String> profileName(SavedResult result, String language) {
        return Optional.ofNullable(result.profile()).flatMap(quiz::profile).map(p -> p.name().in(language));
    }

    /** Never her results: this may end up in a log line. */
    @Override
    public String toString() {
        return "QuizHistory[" + quiz.slug() + ", " + results.size() + " results, redacted]";
    }

    public record Line(Dimension dimension, String cssClass, String points) {

        /** Never the plotted scores: this may end up in a log line. */
        @Override
        public String toString() {
            return "Line[" + dimension.key() + ", redacted]";
        }
    }
}
