package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.course.internal.Courses;
import app.temple.course.internal.Lesson;
import app.temple.course.internal.LessonEditor;
import app.temple.journal.Editors;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson editor in a real browser, in English and Swedish: the list, the live preview as she types, a refused
 * source with its line, and saving; without JavaScript, the preview button and saving. Every page is checked with
 * axe, for requests to other origins and for sideways scrolling at 320 px.
 */
@TempleIntegrationTest
class LessonEditorBrowserTest {

    private static final String EDITOR = "/editor/courses/exploration/e4-1/";

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    Courses courses;
    @Autowired
    LessonEditor lessons;

    private Visitor editor;
    private BrowserContext context;
    private String english;
    private String swedish;

    @BeforeEach
    void open() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        english = lessons.current(lesson("en")).orElseThrow().source();
        swedish = lessons.current(lesson("sv")).orElseThrow().source();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        lessons.save(lesson("en"), english);
        lessons.save(lesson("sv"), swedish);
    }

    @Test
    void sheEditsALessonWithALivePreviewInEnglish() {
        editWithScript("en-GB", "en", "Lesson source", "line 3");
    }

    @Test
    void sheEditsALessonWithALivePreviewInSwedish() {
        editWithScript("sv-SE", "sv", "Lektionens källtext", "rad 3");
    }

    /** She edits the lesson in the language her pages are in, so the lesson page she then opens shows that version. */
    private void editWithScript(String locale, String language, String label, String lineWord) {
        String editorPage = EDITOR + language;
        String original = lessons.current(lesson(language)).orElseThrow().source();
        Page page = signedInPage(locale, true);
        PageChecks checks = new PageChecks(page, origin());
        page.navigate(origin() + "/editor/courses");
        checks.assertAccessibleAndSelfContained(page);
        assertNoSidewaysScroll(page);
        page.locator("a[href='" + editorPage + "']").click();
        page.waitForURL("**" + editorPage);
        checks.assertAccessibleAndSelfContained(page);

        page.getByLabel(label).fill(original + "\nA *lively* Fernleaf paragraph.\n");
        page.locator("#preview em", new Page.LocatorOptions().setHasText("lively")).waitFor();
        checks.assertAccessibleAndSelfContained(page);

        page.getByLabel(label).fill("---\nid: e4-1\ntitle: : wrong\n---\nHer words stay.\n");
        page.locator("button[name=action][value=save]").click();
        page.waitForLoadState();
        assertThat(page.locator("#source-error").textContent()).contains(lineWord);
        assertThat(page.getByLabel(label).inputValue()).contains("Her words stay.");
        checks.assertAccessibleAndSelfContained(page);

        page.getByLabel(label).fill(original + "\nA Fernleaf paragraph.\n");
        page.locator("button[name=action][value=save]").click();
        page.waitForURL("**" + editorPage + "?saved");
        assertThat(page.locator("p.notice").isVisible()).isTrue();
        assertThat(page.locator(".revisions li").count()).isGreaterThan(1);
        checks.assertAccessibleAndSelfContained(page);
        assertNoSidewaysScroll(page);

        page.navigate(origin() + "/courses/exploration/e4-1");
        assertThat(page.locator("#lesson-text").textContent()).contains("A Fernleaf paragraph.");
    }

    @Test
    void sheEditsALessonWithoutJavaScript() {
        Page page = signedInPage("en-GB", false);
        page.navigate(origin() + EDITOR + "en");
        page.getByLabel("Lesson source").fill(english + "\nA *quiet* Fernleaf paragraph.\n");
        page.locator("button[name=action][value=preview]").click();
        page.waitForLoadState();
        assertThat(page.locator("#preview em", new Page.LocatorOptions().setHasText("quiet")).count()).isEqualTo(1);
        page.locator("button[name=action][value=save]").click();
        page.waitForURL("**" + EDITOR + "en?saved");
        page.navigate(origin() + "/courses/exploration/e4-1");
        assertThat(page.locator("#lesson-text").innerHTML()).contains("<em>quiet</em> Fernleaf paragraph.");
    }

    private static void assertNoSidewaysScroll(Page page) {
        page.setViewportSize(320, 640);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scroll at 320 px on " + page.url()).isTrue();
        page.setViewportSize(1280, 800);
    }

    private Page signedInPage(String locale, boolean javaScript) {
        Browser browser = Browsers.chromium();
        context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setJavaScriptEnabled(javaScript));
        context.addCookies(List.of(new Cookie("temple_session", editor.cookie("temple_session").orElseThrow()).setUrl(origin())));
        return context.newPage();
    }

    private Lesson lesson(String language) {
        return courses.lesson("exploration", "e4-1", language).orElseThrow();
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
