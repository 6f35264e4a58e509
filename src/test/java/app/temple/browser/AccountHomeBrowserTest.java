package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.course.CourseFixtures;
import app.temple.mail.internal.Outbox;
import app.temple.quiz.QuizTaker;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Her account home with something in every card, her settings, and the steps that ask before something is removed,
 * at 320, 390 and 1280 pixels in English and Swedish: axe-clean, nothing from another origin, no sideways scroll.
 */
@TempleIntegrationTest
class AccountHomeBrowserTest {

    static final List<Integer> WIDTHS = List.of(320, 390, 1280);

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    app.temple.billing.internal.Grants grants;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;

    @Test
    void herHomeSettingsAndConfirmStepsFitEveryWidthInBothLanguages() {
        String email = TestMembers.newAddress("home-browser");
        Visitor her = CourseFixtures.memberWithFoundationAt(port, outbox, jdbc, grants, email);
        her.get("/courses/foundation/f1-1");
        her.post("/courses/foundation/f1-1/reflection", "reflection", "Something of my own");
        QuizTaker.takeAndKeep(her);
        String booking = BookingFixtures.bookedSession(practitioners, sessions, TestMembers.idOf(jdbc, email), "home-browser");
        List<String> pages = List.of("/account", "/account/settings", booking + "/cancel", "/account/quizzes/delete-all",
                "/account/sessions/end-others", "/account/reflections");

        for (int width : WIDTHS) {
            try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(width, 800))) {
                context.addCookies(List.of(new Cookie("temple_session", her.cookie("temple_session").orElseThrow()).setUrl(origin())));
                Page page = context.newPage();
                PageChecks checks = new PageChecks(page, origin());
                for (String language : List.of("en", "sv")) {
                    page.navigate(origin() + "/account?lang=" + language);
                    for (String path : pages) {
                        page.navigate(origin() + path);
                        assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(language);
                        checks.assertAccessibleAndSelfContained(page);
                        Object scrolled = page.evaluate("() => document.scrollingElement.scrollWidth");
                        assertThat(((Number) scrolled).intValue()).as(path + " at " + width + " px in " + language)
                                .isLessThanOrEqualTo(width);
                    }
                    assertThat(page.locator(".cards").count()).isZero();
                    page.navigate(origin() + "/account");
                    assertThat(page.locator(".cards > section.card").count()).as("a card for each part of her life here").isEqualTo(5);
                }
            }
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
