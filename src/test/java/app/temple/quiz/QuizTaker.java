package app.temple.quiz;

import app.temple.Visitor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes a quiz over plain HTTP as a browser without JavaScript would: reads each screen, posts its form with the
 * hidden fields it carries and one choice, and keeps every response so a test can look at headers and bodies.
 */
public final class QuizTaker {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(answers|relationship|safety|step)\" value=\"([^\"]*)\">");
    private static final Pattern PROGRESS = Pattern.compile("<progress id=\"progress\" max=\"(\\d+)\" value=\"(\\d+)\"");

    /**
     * A whole take of every quiz, with distinctive answer patterns: a log line holding one of them would be a log line
     * holding her answers.
     */
    public static final Map<String, String[]> TAKES = Map.of(
            "nervous-system", new String[]{"5", "4", "1", "2", "5", "x", "3", "1", "4", "5", "2", "x", "1"},
            "desire-journey", new String[]{"yes", "2", "5", "1", "4", "x", "3", "5", "2", "1", "4", "5", "3", "x", "2", "not-sure"},
            "communication-style", new String[]{"4", "2", "5", "1", "x", "3", "5", "4", "2", "1", "3", "5", "x", "4", "no"},
            "attachment", new String[]{"1", "5", "2", "x", "4", "3", "5", "1", "4", "2", "x", "3", "yes"},
            "sexual-shame", new String[]{"2", "4", "x", "5", "1", "3", "4", "2", "5", "1", "x", "4", "3", "5", "prefer-not"});

    private final Visitor visitor;
    final List<HttpResponse<String>> responses = new ArrayList<>();

    public QuizTaker(Visitor visitor) {
        this.visitor = visitor;
    }

    /**
     * Takes the quiz with the given choices: the relationship answer first where the quiz asks it, one per item,
     * then the safety answer where it asks it. Returns the result page.
     */
    public HttpResponse<String> take(String slug, String... choices) {
        keep(visitor.get("/quizzes/" + slug));
        HttpResponse<String> screen = keep(visitor.get("/quizzes/" + slug + "/questions"));
        for (String choice : choices) {
            assertThat(screen.statusCode()).as(screen.body()).isEqualTo(200);
            assertThat(screen.body()).contains("<progress");
            screen = keep(answer(slug, screen.body(), choice, "next"));
        }
        return screen;
    }

    /**
     * A member keeps the result on {@code resultPage}: its save form posts the answers it carries, with her consent to
     * keeping results when {@code consent} (the form asks for it only until she has given it).
     */
    public HttpResponse<String> save(String slug, String resultPage, boolean consent) {
        List<String> fields = new ArrayList<>(hidden(resultPage));
        if (consent) {
            fields.addAll(List.of("consent", "yes"));
        }
        return keep(visitor.post("/quizzes/" + slug + "/save", fields.toArray(String[]::new)));
    }

    HttpResponse<String> answer(String slug, String body, String choice, String nav) {
        List<String> fields = new ArrayList<>(hidden(body));
        if (choice != null) {
            fields.add("choice");
            fields.add(choice);
        }
        fields.add("nav");
        fields.add(nav);
        HttpResponse<String> answered = keep(visitor.post("/quizzes/" + slug + "/answer", fields.toArray(String[]::new)));
        if (answered.statusCode() != 303) {
            return answered;
        }
        // the last answer sends her to her result's own page, as a browser follows it
        assertThat(Visitor.redirectPath(answered)).isEqualTo("/quizzes/" + slug + "/result");
        return keep(visitor.get(Visitor.redirectPath(answered)));
    }

    public static List<String> hidden(String body) {
        List<String> fields = new ArrayList<>();
        Matcher matcher = HIDDEN.matcher(body);
        while (matcher.find()) {
            fields.add(matcher.group(1));
            fields.add(matcher.group(2));
        }
        return fields;
    }

    /** "4 of 13" from the screen's progress bar. */
    static int[] progress(String body) {
        Matcher matcher = PROGRESS.matcher(body);
        assertThat(matcher.find()).as("a progress bar").isTrue();
        return new int[]{Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))};
    }

    /** Takes the nervous-system quiz with middle answers and keeps the result, agreeing to keep results. */
    public static void takeAndKeep(Visitor member) {
        String result = new QuizTaker(member).take("nervous-system", java.util.Collections.nCopies(13, "3").toArray(String[]::new)).body();
        List<String> fields = new ArrayList<>(hidden(result));
        fields.addAll(List.of("consent", "yes"));
        assertThat(member.post("/quizzes/nervous-system/save", fields.toArray(String[]::new)).headers()
                .firstValue("Location").orElse("")).endsWith("/account/quizzes?saved");
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        responses.add(response);
        return response;
    }
}
