package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's desk in a real browser for what came after the first Journal: scheduling in her own zone (and
 * being told clearly when the zone is wrong), and taking an article back to draft through its confirmation page,
 * with and without JavaScript. Every page is checked with axe and for requests to other origins.
 */
@TempleIntegrationTest
class JournalDeskBrowserTest {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    Articles articles;

    private Visitor editor;
    private Browser browser;
    private BrowserContext context;

    @BeforeEach
    void open() {
        browser = Browsers.chromium();
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void sheSchedulesInNewYorkIsToldAboutAnUnknownZoneAndSeesHerMomentBack() {
        Page page = signedInPage(true);
        PageChecks checks = new PageChecks(page, origin());
        String slug = "desk-zone-" + suffix();
        UUID id = draft(slug);
        LocalDateTime at = LocalDateTime.now(ZoneId.of("America/New_York")).plusDays(5).withHour(9).withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES);

        page.navigate(origin() + "/editor/journal/" + id);
        page.getByLabel("Publish on (date and time)").fill(at.format(FIELD));
        page.getByLabel("Time zone").fill("America/Nwe_York");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.locator("#zone-error").textContent()).contains("That time zone is not known");
        assertThat(page.getByLabel("Time zone").inputValue()).as("what she typed, to correct").isEqualTo("America/Nwe_York");
        assertThat(page.getByLabel("Publish on (date and time)").inputValue()).isEqualTo(at.format(FIELD));
        checks.assertAccessibleAndSelfContained(page);

        page.getByLabel("Time zone").fill("America/New_York");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).click();
        page.waitForURL("**/editor/journal/*?saved");
        assertThat(page.locator(".state").textContent()).contains("Scheduled", "09:30 America/New_York");
        assertThat(page.getByLabel("Time zone").inputValue()).isEqualTo("America/New_York");
        assertThat(page.getByLabel("Publish on (date and time)").inputValue()).isEqualTo(at.format(FIELD));
        assertThat(articles.find(id).map(ArticleRow::publishAt)).hasValue(at.atZone(ZoneId.of("America/New_York")).toInstant());
        checks.assertAccessibleAndSelfContained(page);

        page.navigate(origin() + "/editor/journal");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Desk " + slug)).textContent())
                .contains("09:30 America/New_York");
        checks.assertAccessibleAndSelfContained(page);
    }

    @Test
    void sheTakesAnArticleBackToDraftAfterConfirming() {
        takeBack(true);
    }

    @Test
    void sheTakesAnArticleBackToDraftWithoutJavaScript() {
        takeBack(false);
    }

    /** axe runs in the page's own JavaScript, so the pages are checked with it on; without it they must still work. */
    private void takeBack(boolean javaScript) {
        Page page = signedInPage(javaScript);
        PageChecks pageChecks = new PageChecks(page, origin());
        Runnable checks = () -> {
            if (javaScript) {
                pageChecks.assertAccessibleAndSelfContained(page);
            }
        };
        String slug = "desk-back-" + suffix();
        UUID id = draft(slug);
        editor.get("/editor/journal/" + id);
        assertThat(editor.post("/editor/journal/" + id, "action", "publish", "source", source(slug)).statusCode()).isEqualTo(302);

        page.navigate(origin() + "/editor/journal/" + id);
        checks.run();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take back to draft…")).click();
        page.waitForURL("**/editor/journal/" + id + "/unpublish");
        assertThat(page.locator("h1").textContent()).isEqualTo("Take “Desk " + slug + "” back to draft?");
        checks.run();
        assertThat(articles.find(id).map(ArticleRow::status)).as("nothing changes before she confirms").hasValue("published");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take it back to draft")).click();
        page.waitForURL("**/editor/journal/" + id + "?unpublished");
        assertThat(page.locator("p.notice").textContent()).isEqualTo("Taken back to draft. It is no longer on the site.");
        assertThat(page.locator(".state").textContent()).contains("Draft");
        assertThat(page.locator(".revisions li").first().textContent()).contains("taken back to draft");
        checks.run();

        assertThat(page.navigate(origin() + "/journal/" + slug).status()).isEqualTo(404);
    }

    private Page signedInPage(boolean javaScript) {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setJavaScriptEnabled(javaScript));
        context.addCookies(List.of(new Cookie("temple_session", editor.cookie("temple_session").orElseThrow()).setUrl(origin())));
        return context.newPage();
    }

    private UUID draft(String slug) {
        editor.get("/editor/journal/new");
        HttpResponse<String> created = editor.post("/editor/journal/new", "action", "save", "source", source(slug));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return UUID.fromString(redirectPath(created).replaceAll("^/editor/journal/([0-9a-f-]+).*", "$1"));
    }

    private static String source(String slug) {
        return Editors.source(slug, "Desk " + slug, "A paragraph for the desk.");
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
