package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
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
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's pictures: the home page, an article, a quiz result and the account page of a member with some life in
 * it (a course begun, a reflection, a saved result, a booked session), at a phone's 390 and a desktop's 1280 pixels, in
 * English and Swedish. They go to {@code target/screenshots}; {@code -Dtemple.screenshots.dir=docs/screenshots}
 * writes the committed ones. A phone's picture is the whole page, cut at {@link #PHONE_HEIGHT} so the files stay
 * small; a desktop's is what the first screen shows, a little taller than a laptop's.
 */
@TempleIntegrationTest
class ReadmeScreenshotsBrowserTest {

    static final int PHONE = 390;
    static final int DESKTOP = 1280;
    static final int PHONE_HEIGHT = 2400;
    static final int DESKTOP_HEIGHT = 1000;
    static final String QUIZ = "nervous-system";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;

    /** One picture: what it shows, where, and who looks. */
    private record Shot(String name, String path, boolean member) {
    }

    @Test
    void theHomePageAnArticleAQuizResultAndHerAccountAtPhoneAndDesktopWidthsInBothLanguages() throws IOException {
        Path dir = Path.of(System.getProperty("temple.screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        // one address for every run, so the pictures change only when the pages do
        String email = "robin@example.com";
        Visitor member = CourseFixtures.memberWithFoundationAt(port, outbox, jdbc, grants, email);
        member.get("/courses/foundation/f1-1");
        member.post("/courses/foundation/f1-1/reflection", "reflection", "Slower mornings help.");
        QuizTaker.takeAndKeep(member);
        BookingFixtures.bookedSession(practitioners, sessions, TestMembers.idOf(jdbc, email), "screenshots");
        Visitor visitor = new Visitor(port);
        new QuizTaker(visitor).take(QUIZ, QuizTaker.TAKES.get(QUIZ));
        Cookie result = new Cookie("temple_quiz_result", visitor.cookie("temple_quiz_result").orElseThrow())
                .setDomain("localhost").setPath("/quizzes");
        Cookie session = new Cookie("temple_session", member.cookie("temple_session").orElseThrow()).setUrl(origin());

        List<Path> written = new ArrayList<>();
        for (String language : List.of("en", "sv")) {
            List<Shot> shots = List.of(
                    new Shot("home", "/", false),
                    new Shot("article", "en".equals(language) ? "/journal/responsive-vs-spontaneous-desire"
                            : "/journal/sv/responsive-vs-spontaneous-desire", false),
                    new Shot("quiz-result", "/quizzes/" + QUIZ + "/result", false),
                    new Shot("account", "/account", true));
            for (int width : List.of(PHONE, DESKTOP)) {
                try (BrowserContext visitorContext = context(language, width);
                     BrowserContext memberContext = context(language, width)) {
                    visitorContext.addCookies(List.of(result));
                    memberContext.addCookies(List.of(session));
                    Page asVisitor = inLanguage(visitorContext, language);
                    Page asMember = inLanguage(memberContext, language);
                    for (Shot shot : shots) {
                        Page page = shot.member() ? asMember : asVisitor;
                        assertThat(page.navigate(origin() + shot.path()).status()).as(shot.path()).isEqualTo(200);
                        assertThat(page.locator("html").getAttribute("lang")).as(shot.path()).isEqualTo(language);
                        page.evaluate("() => document.fonts.ready");
                        Path file = dir.resolve(shot.name() + "-" + language + "-" + width + ".png");
                        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                                .setAnimations(ScreenshotAnimations.DISABLED)
                                .setClip(0, 0, width, Math.min(height(page), width == PHONE ? PHONE_HEIGHT : DESKTOP_HEIGHT)));
                        written.add(file);
                    }
                    assertThat(asVisitor.locator("#profile").innerText()).as("the result has a profile").isNotBlank();
                    assertThat(asMember.locator(".cards > section.card").count()).as("her home has life in it")
                            .isGreaterThanOrEqualTo(4);
                }
            }
        }

        assertThat(written).hasSize(16).allSatisfy(file -> assertThat(Files.size(file)).as(file.toString()).isPositive());
    }

    private static BrowserContext context(String language, int width) {
        return Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale("sv".equals(language) ? "sv-SE" : "en-GB")
                .setViewportSize(width, width == PHONE ? 844 : 800).setDeviceScaleFactor(1));
    }

    /** A page whose language is chosen, as the switcher chooses it. */
    private Page inLanguage(BrowserContext context, String language) {
        Page page = context.newPage();
        page.navigate(origin() + "/?lang=" + language);
        return page;
    }

    private static int height(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
