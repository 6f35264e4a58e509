package app.temple.quiz;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.internal.Dimension;
import app.temple.quiz.internal.Quizzes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts that speak, read as the HTML a browser without JavaScript gets: every dimension says what a low and a high
 * score mean in the reader's language, the table behind a chart is one click away inside its details, a single saved
 * result is drawn as a point with its date as the language writes dates, and a comparison draws two bars a dimension.
 */
@TempleIntegrationTest
class QuizChartsIntegrationTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern BAR_ROW = Pattern.compile("<li class=\"bar-row\">(.*?)</li>", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Quizzes quizzes;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"nervous-system, en", "desire-journey, sv", "communication-style, en", "attachment, sv",
            "nervous-system, sv", "desire-journey, en", "communication-style, sv", "attachment, en"})
    void eachDimensionSaysWhatALowAndAHighScoreMeanAndTheTableIsOneClickAway(String slug, String language) {
        Visitor visitor = new Visitor(port);
        visitor.get("/quizzes?lang=" + language);
        String body = new QuizTaker(visitor).take(slug, QuizTaker.TAKES.get(slug)).body();

        assertThat(body).contains("<html lang=\"" + language + "\"");
        List<Dimension> dimensions = quizzes.find(slug).orElseThrow().dimensions();
        for (Dimension dimension : dimensions) {
            assertThat(body).as(dimension.key() + ", low and high, in " + language)
                    .contains(dimension.meansLow().in(language), dimension.meansHigh().in(language));
        }
        assertThat(body).contains(language.equals("sv") ? "Låg poäng:" : "Low score:", language.equals("sv") ? "Hög poäng:" : "High score:");
        assertThat(body).as("the table sits in its details, one click away")
                .containsPattern("<details class=\"chart-table\">\\s*<summary>" + (language.equals("sv") ? "Visa som tabell" : "Show as a table")
                        + "</summary>\\s*<table class=\"scores\">");
        assertThat(count(body, "<table")).as("the table is not repeated below the chart").isOne();
        for (Dimension dimension : dimensions) {
            assertThat(body).as("the table has a row for " + dimension.key())
                    .contains("<tr><th scope=\"row\">" + dimension.name().in(language) + "</th>");
        }
    }

    @Test
    void oneSavedResultIsDrawnAsAPointDatedInTheReadersLanguageAndTwoAsALine() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("charts"));
        save(member, true, "5", "5", "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "yes");

        String english = member.get("/account/quizzes?lang=en").body();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        assertThat(trend(english)).as("one point for each of the two dimensions, no line")
                .containsExactly("circle", "circle");
        assertThat(english).contains("One saved result, from " + medium(today, Locale.ENGLISH))
                .contains("You often worry about closeness and look for reassurance.");
        assertThat(english).as("dates as the language writes them, never ISO").doesNotContainPattern(ISO_DATE.pattern());
        assertThat(english).containsPattern("<details class=\"chart-table\">\\s*<summary>Show as a table</summary>\\s*<table class=\"phone-cards\">");

        String swedish = member.get("/account/quizzes?lang=sv").body();
        assertThat(swedish).contains("Ett sparat resultat, från " + medium(today, Locale.of("sv")), "Visa som tabell",
                "Du oroar dig ofta för närheten och söker bekräftelse.").doesNotContainPattern(ISO_DATE.pattern());

        save(member, false, "1", "1", "1", "1", "5", "5", "1", "1", "1", "1", "5", "5", "yes");
        String two = member.get("/account/quizzes?lang=en").body();
        assertThat(trend(two)).as("a line and two points for each dimension")
                .containsExactly("polyline", "circle", "circle", "polyline", "circle", "circle");
        assertThat(two).contains("2 saved results, from " + medium(today, Locale.ENGLISH) + " to " + medium(today, Locale.ENGLISH));
    }

    @Test
    void theComparisonDrawsBothPartnersBarsSideBySideForEveryDimension() {
        String[] take = QuizTaker.TAKES.get("communication-style");
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "communication-style", take);
        String partnerPage = flow.finish(take);
        flow.revealBoth(partnerPage);

        List<Dimension> dimensions = quizzes.find("communication-style").orElseThrow().dimensions();
        String hers = flow.member.get(flow.memberPage()).body();
        List<String> rows = rows(hers);
        assertThat(rows).hasSize(dimensions.size());
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            assertThat(row).contains(dimensions.get(i).name().in("en"), dimensions.get(i).meansHigh().in("en"));
            assertThat(count(row, "<svg")).as("two bars for " + dimensions.get(i).key()).isEqualTo(2);
            assertThat(row).containsPattern("class=\"pair-bar pair-mine\">\\s*<span class=\"who\">You</span>")
                    .containsPattern("class=\"pair-bar pair-theirs\">\\s*<span class=\"who\">Your partner</span>");
        }
        assertThat(hers).containsPattern("<summary>Show as a table</summary>\\s*<table class=\"scores\">");

        String theirs = flow.partner.get(partnerPage + "?lang=sv").body();
        assertThat(rows(theirs)).hasSize(dimensions.size()).allSatisfy(row -> assertThat(row)
                .containsPattern("<span class=\"who\">Du</span>").containsPattern("<span class=\"who\">Din partner</span>"));
        assertThat(theirs).contains(dimensions.getFirst().meansLow().in("sv"), "Visa som tabell");
    }

    /** The member saves one take of Attachment, agreeing to keep results the first time. */
    private static void save(Visitor member, boolean firstTime, String... choices) {
        QuizTaker taker = new QuizTaker(member);
        String result = taker.take("attachment", choices).body();
        assertThat(redirectPath(taker.save("attachment", result, firstTime))).isEqualTo("/account/quizzes?saved");
    }

    /** The shapes the trend charts draw, in order: polyline, circle… */
    private static List<String> trend(String body) {
        List<String> shapes = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg[^>]*class=\"trend\">(.*?)</svg>", Pattern.DOTALL).matcher(body);
        while (svg.find()) {
            Matcher shape = Pattern.compile("<(polyline|circle)\\b").matcher(svg.group(1));
            while (shape.find()) {
                shapes.add(shape.group(1));
            }
        }
        return shapes;
    }

    private static List<String> rows(String body) {
        List<String> rows = new ArrayList<>();
        Matcher row = BAR_ROW.matcher(body);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    private static String medium(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date); // "5 December 2026", "5 december 2026"
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
