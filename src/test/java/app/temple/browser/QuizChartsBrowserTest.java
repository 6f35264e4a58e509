package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.PartnerFlow;
import app.temple.quiz.QuizTaker;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts on a phone 320 pixels wide: a result, the history with a single saved result and a comparison pass axe
 * and do not scroll sideways, with the table behind each chart closed and opened.
 */
@TempleIntegrationTest
class QuizChartsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void aResultInBothLanguagesSpeaksAndFitsAPhone() {
        Page page = phone(null);
        PageChecks checks = new PageChecks(page, origin());

        page.navigate(origin() + "/quizzes/desire-journey/questions?lang=en");
        PartnerJourneyBrowserTest.answerEvery(page, "4");
        page.locator("#profile").waitFor();
        assertThat(page.locator(".bar-list .bar-row").count()).isEqualTo(5);
        assertThat(page.locator(".bar-ends").first().innerText()).contains("Low score:", "High score:");
        checksWithTheTableClosedAndOpen(page, checks, "an English result");

        page.navigate(origin() + "/quizzes/attachment/questions?lang=sv");
        PartnerJourneyBrowserTest.answerEvery(page, "2");
        page.locator("#profile").waitFor();
        assertThat(page.locator(".map-key").innerText()).contains("Låg poäng:", "Hög poäng:");
        checksWithTheTableClosedAndOpen(page, checks, "a Swedish map");
    }

    @Test
    void theHistoryWithOneResultDrawsAPointAndFitsAPhone() {
        Visitor member = new TestMembers(port, outbox).signedIn(TestMembers.newAddress("charts-browser"));
        QuizTaker taker = new QuizTaker(member);
        String result = taker.take("attachment", QuizTaker.TAKES.get("attachment")).body();
        assertThat(redirectPath(taker.save("attachment", result, true))).isEqualTo("/account/quizzes?saved");

        Page page = phone(member);
        PageChecks checks = new PageChecks(page, origin());
        for (String language : List.of("en", "sv")) {
            page.navigate(origin() + "/account/quizzes?lang=" + language);
            assertThat(page.locator("svg.trend circle").count()).as("a point for each dimension").isEqualTo(2);
            assertThat(page.locator("svg.trend circle").first().isVisible()).isTrue();
            checksWithTheTableClosedAndOpen(page, checks, "the history in " + language);
        }
    }

    @Test
    void aComparisonShowsBothBarsSideBySideAndFitsAPhone() {
        String[] take = QuizTaker.TAKES.get("communication-style");
        PartnerFlow flow = PartnerFlow.invited(port, outbox, jdbc, "communication-style", take);
        String partnerPage = flow.finish(take);
        flow.revealBoth(partnerPage);

        Page hers = phone(flow.member);
        PageChecks checks = new PageChecks(hers, origin());
        hers.navigate(origin() + flow.memberPage() + "?lang=en");
        assertThat(hers.locator(".pair-mine svg.score-bar").count()).isEqualTo(5);
        assertThat(hers.locator(".pair-theirs svg.score-bar").count()).isEqualTo(5);
        checksWithTheTableClosedAndOpen(hers, checks, "her comparison");

        Page theirs = phone(null);
        PageChecks partnerChecks = new PageChecks(theirs, origin());
        theirs.navigate(origin() + partnerPage + "?lang=sv");
        assertThat(theirs.locator(".pair-mine .who").first().textContent()).isEqualTo("Du");
        checksWithTheTableClosedAndOpen(theirs, partnerChecks, "the partner's comparison in Swedish");
    }

    private void checksWithTheTableClosedAndOpen(Page page, PageChecks checks, String what) {
        assertThat(page.locator("details.chart-table table").isVisible()).as("closed at first").isFalse();
        checks.assertAccessibleSelfContainedAndNarrow(page, what);
        page.locator("details.chart-table summary").first().click();
        assertThat(page.locator("details.chart-table table").first().isVisible()).as("one click away").isTrue();
        checks.assertAccessibleSelfContainedAndNarrow(page, what + " with its table open");
    }

    /** A phone 320 pixels wide, signed in as {@code member} when one is given. */
    private Page phone(Visitor member) {
        BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(320, 800));
        contexts.add(context);
        if (member != null) {
            context.addCookies(List.of(new Cookie("temple_session", member.cookie("temple_session").orElseThrow())
                    .setDomain("localhost").setPath("/")));
        }
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
