package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.course.CourseFixtures;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Reflections;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course journey of issue 10, in a real browser, in English and in Swedish, and again without JavaScript: a visitor
 * opens a free preview and is shown how to get the rest; a member with a grant starts Foundation, reads a lesson,
 * writes a reflection while the connection drops (nothing is lost), marks it done, leaves, comes back through
 * "Continue where you left off", skips a lesson with a content note, saves another for later, takes a pause and
 * comes back to where she was. The progress bars are read at every step; every page passes axe and fetches nothing
 * from another origin.
 */
@TempleIntegrationTest
class CourseJourneyBrowserTest {

    private static final String COURSE = "/courses/foundation";
    private static final int LESSONS = 19;
    private static final int[] MODULE_SIZES = {4, 4, 3, 4, 4};

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Grants grants;
    @Autowired
    Reflections reflections;
    @Autowired
    Courses courses;
    @Autowired
    MessageSource messages;

    @Test
    void inEnglishWithJavaScript() {
        new Journey(Locale.ENGLISH, true).walk();
    }

    @Test
    void inSwedishWithJavaScript() {
        new Journey(Locale.forLanguageTag("sv"), true).walk();
    }

    @Test
    void inEnglishWithoutJavaScript() {
        new Journey(Locale.ENGLISH, false).walk();
    }

    /** One walk through the course in one language, with or without scripts. */
    private final class Journey {

        private final Locale locale;
        private final boolean script;
        private Page page;
        private PageChecks checks;

        Journey(Locale locale, boolean script) {
            this.locale = locale;
            this.script = script;
        }

        void walk() {
            try (BrowserContext visitor = context()) {
                open(visitor);
                aVisitorReadsAFreePreviewAndIsShownHowToGetTheRest();
            }
            String email = TestMembers.newAddress("journey-" + locale.getLanguage() + (script ? "-js" : "-nojs"));
            Visitor member = CourseFixtures.memberWithFoundationAt(port, outbox, jdbc, grants, email);
            try (BrowserContext her = context()) {
                her.addCookies(List.of(new Cookie("temple_session", member.cookie("temple_session").orElseThrow()).setUrl(origin())));
                open(her);
                UUID id = TestMembers.idOf(jdbc, email);
                sheStartsFoundationAndReadsTheFirstLesson();
                sheWritesAReflection(her, id);
                sheMarksItDone();
                sheOpensTheNextLessonLeavesAndComesBackThroughContinue();
                sheSkipsALessonWithAContentNote();
                sheSavesAnotherForLater();
                sheTakesAPauseAndReturnsToWhereSheWas();
            }
        }

        private void aVisitorReadsAFreePreviewAndIsShownHowToGetTheRest() {
            goTo(COURSE);
            click(page.locator("ol.lessons a[href='" + COURSE + "/f1-1']"));
            assertThat(page.url()).endsWith(COURSE + "/f1-1");
            assertThat(page.locator("#lesson-text").innerText().length()).as("the whole preview").isGreaterThan(1000);
            assertThat(page.locator("#lesson-text").getAttribute("lang")).isEqualTo(locale.getLanguage());
            assertThat(page.getByText(t("course.preview.rest")).isVisible()).as("how to get the rest").isTrue();
            checked();

            Response locked = page.waitForResponse(response -> response.url().endsWith(COURSE + "/f1-2"),
                    () -> page.locator("a[rel=next]").click());
            page.waitForLoadState();
            assertThat(locked.status()).as("a locked lesson is never a bare refusal").isEqualTo(200);
            assertThat(page.locator("#lesson-text").count()).as("no locked text").isZero();
            assertThat(page.locator("#access-heading").innerText()).isEqualTo(t("course.locked.heading"));
            assertThat(page.getByText(t("course.locked.text")).isVisible()).as("how to get access").isTrue();
            assertThat(page.locator("h1").innerText()).as("what it is about")
                    .isEqualTo(courses.lesson("foundation", "f1-2", locale.getLanguage()).orElseThrow().title());
            assertThat(page.locator("article.lesson > div[lang]").innerText().length()).as("its opening").isGreaterThan(100);
            assertThat(page.locator("section.locked a[href='" + COURSE + "/f2-1']").isVisible())
                    .as("the other free previews").isTrue();
            checked();
        }

        private void sheStartsFoundationAndReadsTheFirstLesson() {
            goTo(COURSE);
            assertThat(page.locator("a.button[href^='" + COURSE + "/']").count()).as("nothing to continue yet").isZero();
            assertProgress(0, 0);
            click(page.locator("ol.lessons a[href='" + COURSE + "/f1-1']"));
            assertThat(page.locator("#lesson-text").innerText().length()).isGreaterThan(1000);
            assertThat(page.getByText(t("course.preview.rest")).count()).as("no sales talk to her who has access").isZero();
            assertThat(button(t("course.done.mark")).isVisible()).isTrue();
            checked();
        }

        private void sheWritesAReflection(BrowserContext context, UUID id) {
            String lesson = "f1-1";
            Locator text = page.locator("#reflection-text");
            String first = locale.getLanguage().equals("sv") ? "Första tankarna, sparade." : "First thoughts, kept.";
            String whole = first + (locale.getLanguage().equals("sv") ? " Och mer, skrivet utan nät." : " And more, written offline.");
            if (script) {
                text.fill(first);
                page.getByText(t("course.reflection.saved")).waitFor();
                assertThat(reflections.of(id, "foundation", lesson)).contains(first);

                context.setOffline(true);
                text.pressSequentially(whole.substring(first.length()));
                page.getByText(t("course.reflection.offline")).waitFor();
                assertThat(page.evaluate("k => sessionStorage.getItem(k)", "temple-reflection:" + COURSE + "/" + lesson + "/reflection"))
                        .as("the draft kept in the tab while offline").isEqualTo(whole);
                assertThat(reflections.of(id, "foundation", lesson)).as("not yet on the server").contains(first);

                context.setOffline(false);
                page.getByText(t("course.reflection.saved")).waitFor();
            } else {
                text.fill(whole);
                click(button(t("course.reflection.save")));
                assertThat(page.url()).endsWith(COURSE + "/" + lesson + "?saved#reflection");
            }
            assertThat(reflections.of(id, "foundation", lesson)).as("every word on the server").contains(whole);
            page.reload();
            assertThat(page.locator("#reflection-text").inputValue()).as("and on the page after a reload").isEqualTo(whole);
            checked();
        }

        private void sheMarksItDone() {
            click(button(t("course.done.mark")));
            assertThat(page.url()).endsWith(COURSE + "/f1-1#progress");
            assertThat(page.getByText(t("course.done.yes")).isVisible()).isTrue();
            assertThat(button(t("course.done.undo")).isVisible()).isTrue();
            checked();
            click(page.locator("p.crumbs a[href='" + COURSE + "']"));
            assertProgress(1, 1);
            assertThat(page.locator("ol.lessons li:has(a[href='" + COURSE + "/f1-1']) .meta").innerText())
                    .as("the lesson list says it is done").endsWith(t("course.done.badge"));
            assertThat(page.locator("ol.lessons li:has(a[href='" + COURSE + "/f1-2']) .meta").innerText())
                    .doesNotContain(t("course.done.badge"));
        }

        private void sheOpensTheNextLessonLeavesAndComesBackThroughContinue() {
            click(page.locator("ol.lessons a[href='" + COURSE + "/f1-2']"));
            assertThat(page.locator("#content-note-heading").innerText()).isEqualTo(t("course.note.heading"));
            checked();

            click(page.locator("a.brand"));
            assertThat(page.url()).isEqualTo(origin() + "/");
            checked();
            click(page.locator("header nav a[href='/courses']"));
            click(page.locator("a[href='" + COURSE + "']").first());
            assertProgress(1, 1);
            Locator resume = page.locator("a.button[href='" + COURSE + "/f1-2']");
            assertThat(resume.innerText()).startsWith(t("course.continue"))
                    .endsWith(courses.lesson("foundation", "f1-2", locale.getLanguage()).orElseThrow().title());
            click(resume);
            assertThat(page.url()).as("back at the last lesson she opened").endsWith(COURSE + "/f1-2");
            checked();
        }

        private void sheSkipsALessonWithAContentNote() {
            assertThat(page.locator("aside.content-note").isVisible()).isTrue();
            click(page.locator("aside.content-note").getByText(t("course.note.skip")));
            assertThat(page.url()).endsWith(COURSE + "/f1-3");
            assertThat(page.locator("aside.content-note").isVisible()).isTrue();
            checked();
        }

        private void sheSavesAnotherForLater() {
            click(page.locator("aside.content-note").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(t("course.note.later"))));
            assertThat(page.url()).endsWith(COURSE + "#saved");
            assertThat(page.locator("#saved").innerText()).isEqualTo(t("course.saved"));
            assertThat(page.locator("#saved + ul a").evaluateAll("links => links.map(link => link.getAttribute('href'))"))
                    .as("saved for later, and nothing else").isEqualTo(List.of(COURSE + "/f1-3"));
            assertProgress(1, 1);
            assertThat(page.locator("a.button[href='" + COURSE + "/f1-3']").innerText())
                    .as("skipping on counts as opening").startsWith(t("course.continue"));
        }

        private void sheTakesAPauseAndReturnsToWhereSheWas() {
            click(page.locator("a.button[href='" + COURSE + "/f1-3']"));
            click(page.getByText(t("course.pause")));
            assertThat(page.locator("h1").innerText()).isEqualTo(t("course.pause.title"));
            checked();
            click(page.getByText(t("course.pause.back")));
            assertThat(page.url()).endsWith(COURSE + "/f1-3");
            assertThat(button(t("course.done.mark")).isVisible()).as("not done, still to do").isTrue();
            checked();
            click(page.locator("p.crumbs a[href='" + COURSE + "']"));
            assertProgress(1, 1);
        }

        /** The course's progress bar and each module's, their numbers and what they say. */
        private void assertProgress(int done, int doneInModuleOne) {
            assertThat(page.url()).contains(COURSE);
            assertBar("progress-all", done, LESSONS, t("course.progress.all", done, LESSONS));
            for (int module = 1; module <= MODULE_SIZES.length; module++) {
                int count = module == 1 ? doneInModuleOne : 0;
                assertBar("progress-" + module, count, MODULE_SIZES[module - 1],
                        t("course.progress.module", count, MODULE_SIZES[module - 1]));
            }
            checked();
        }

        private void assertBar(String id, int value, int max, String label) {
            Locator bar = page.locator("#" + id);
            assertThat(bar.getAttribute("value")).as(id + " value").isEqualTo(String.valueOf(value));
            assertThat(bar.getAttribute("max")).as(id + " max").isEqualTo(String.valueOf(max));
            assertThat(page.locator("label[for=" + id + "]").innerText()).as(id + " label").isEqualTo(label);
        }

        private void open(BrowserContext context) {
            page = context.newPage();
            checks = new PageChecks(page, origin());
            page.navigate(origin() + "/?lang=en");
            if (locale.getLanguage().equals("sv")) {
                click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Svenska")));
            }
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(locale.getLanguage());
        }

        private void goTo(String path) {
            page.navigate(origin() + path);
        }

        private void click(Locator target) {
            target.click();
            page.waitForLoadState();
        }

        private Locator button(String name) {
            return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
        }

        /**
         * The page is in her language and fetched nothing from another origin, and passes axe where axe can run: it is
         * a script, so without JavaScript the same pages are left to the runs with it.
         */
        private void checked() {
            assertThat(page.locator("html").getAttribute("lang")).as("her language holds on " + page.url())
                    .isEqualTo(locale.getLanguage());
            if (script) {
                checks.assertAccessibleAndSelfContained(page);
            } else {
                checks.assertSelfContained(page);
            }
        }

        private String t(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        private BrowserContext context() {
            return Browsers.chromium().newContext(new Browser.NewContextOptions()
                    .setJavaScriptEnabled(script).setLocale(locale.getLanguage().equals("sv") ? "sv-SE" : "en-GB"));
        }
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
