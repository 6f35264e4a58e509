package app.temple.browser;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.journal.internal.ScheduledPublishing;
import app.temple.mail.internal.Outbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Journal in a real browser: a reader goes from the index to a tag, an article, its FAQ, a citation, a
 * related article and search in both languages; an editor writes, previews, schedules, publishes and restores.
 * Every page is checked with axe and for requests to other origins, and the reading pages without JavaScript.
 */
@TempleIntegrationTest
class JournalJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    Articles articles;

    private Browser browser;
    private BrowserContext context;

    @BeforeEach
    void open() {
        browser = Browsers.chromium();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void indexTagArticleFaqCitationRelatedAndSearch() {
        Page page = context.newPage();
        PageChecks checks = new PageChecks(page, origin());

        page.navigate(origin() + "/journal");
        assertThat(page.locator("h1").textContent()).isEqualTo("Journal");
        checks.assertAccessibleAndSelfContained(page);

        page.locator(".tag-filter").getByText("Science-based", new Locator.GetByTextOptions().setExact(true)).click();
        page.waitForURL("**/journal/tags/science-based");
        assertThat(page.locator("h1").textContent()).contains("Science-based");
        checks.assertAccessibleAndSelfContained(page);

        page.locator(".cards .card h2 a").first().click();
        page.waitForLoadState();
        assertThat(page.locator(".journal-article")).isNotNull();
        checks.assertAccessibleAndSelfContained(page);

        Locator firstQuestion = page.locator(".faq details").first();
        assertThat(firstQuestion.getAttribute("open")).isNull();
        firstQuestion.locator("summary").click();
        assertThat(firstQuestion.getAttribute("open")).isNotNull();
        assertThat(firstQuestion.locator(".answer").isVisible()).isTrue();

        Locator citation = page.locator(".article-body sup.cite a").first();
        String target = citation.getAttribute("href");
        citation.click();
        assertThat(page.evaluate("location.hash")).isEqualTo(target);
        assertThat(page.locator(target).isVisible()).isTrue();
        assertThat(page.locator(target).textContent()).isNotBlank();
        page.locator(target + " a.backlink").first().click();
        assertThat((String) page.evaluate("location.hash")).startsWith("#cite-");

        String before = page.url();
        page.locator(".related .card a").first().click();
        page.waitForLoadState();
        assertThat(page.url()).isNotEqualTo(before).contains("/journal/");
        checks.assertAccessibleAndSelfContained(page);

        page.navigate(origin() + "/journal/search");
        checks.assertAccessibleAndSelfContained(page);
        page.getByLabel("Search the Journal").fill("attachment anxiety");
        page.locator("#search-results a[href='/journal/attachment-styles-adult-relationships']").waitFor();
        assertThat(page.locator("#search-results mark").count()).isPositive();
        checks.assertAccessibleAndSelfContained(page);

        // a stemmed Swedish form: only the swedish dictionary makes it match "intimitetsproblem"
        page.getByLabel("Search the Journal").fill("intimitetsproblemen");
        page.locator("#search-results a[href='/journal/sv/what-are-intimacy-issues']").waitFor();
        page.locator("#search-results a[href='/journal/sv/what-are-intimacy-issues']").click();
        page.waitForURL("**/journal/sv/what-are-intimacy-issues");
        assertThat(page.locator("h1").getAttribute("lang")).isEqualTo("sv");
        checks.assertAccessibleAndSelfContained(page);

        page.navigate(origin() + "/journal/authors/temple-editorial");
        checks.assertAccessibleAndSelfContained(page);
    }

    @Test
    void theSwedishInterfaceReadsTheJournalToo() {
        try (BrowserContext swedish = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"))) {
            Page page = swedish.newPage();
            PageChecks checks = new PageChecks(page, origin());
            page.navigate(origin() + "/journal?lang=sv");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
            checks.assertAccessibleAndSelfContained(page);
            page.navigate(origin() + "/journal/what-are-intimacy-issues");
            assertThat(page.locator("h1").getAttribute("lang")).as("an English article in the Swedish interface").isEqualTo("en");
            assertThat(page.locator(".support-box").textContent()).contains("Få hjälp nu");
            checks.assertAccessibleAndSelfContained(page);
        }
    }

    @Test
    void theReadingPagesWorkWithoutJavaScript() {
        try (BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-GB"))) {
            Page page = noScript.newPage();
            for (String path : List.of("/journal", "/journal/tags/science-based", "/journal/what-are-intimacy-issues",
                    "/journal/sv/what-are-intimacy-issues", "/journal/authors/temple-editorial")) {
                page.navigate(origin() + path);
                assertThat(page.locator("h1").isVisible()).as(path).isTrue();
                assertThat(page.locator("main").innerText().length()).as(path).isGreaterThan(200);
            }
            page.navigate(origin() + "/journal/what-are-intimacy-issues");
            page.locator(".faq summary").first().click();
            assertThat(page.locator(".faq details").first().getAttribute("open")).as("native details open without script").isNotNull();

            page.navigate(origin() + "/journal");
            page.getByLabel("Search the Journal").fill("stress");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            page.waitForURL("**/journal/search?q=stress");
            assertThat(page.locator("#search-results .card").count()).isPositive();
        }
    }

    @Test
    void anEditorWritesPreviewsSchedulesAndRestores() {
        Visitor editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
        context.addCookies(List.of(new Cookie("temple_session", editor.cookie("temple_session").orElseThrow()).setUrl(origin())));
        Page page = context.newPage();
        PageChecks checks = new PageChecks(page, origin());
        String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);

        page.navigate(origin() + "/editor/journal");
        checks.assertAccessibleAndSelfContained(page);
        page.getByText("New article").click();
        page.waitForURL("**/editor/journal/new");
        checks.assertAccessibleAndSelfContained(page);

        page.getByLabel("Article source").fill(Editors.source(slug, "Written in the browser", "A *freshly* written paragraph."));
        page.locator("#preview em").waitFor();
        assertThat(page.locator("#preview").textContent()).contains("freshly written paragraph");
        checks.assertAccessibleAndSelfContained(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        page.waitForURL("**/editor/journal/*?saved");
        assertThat(page.locator(".state").textContent()).contains("Draft");
        checks.assertAccessibleAndSelfContained(page);
        UUID id = UUID.fromString(page.url().replaceAll(".*/editor/journal/([0-9a-f-]+).*", "$1"));

        LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        page.getByLabel("Publish on (date and time)").fill(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.getByLabel("Time zone").fill("Europe/London");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).click();
        page.waitForURL("**/editor/journal/*?saved");
        assertThat(page.locator(".state").textContent()).contains("Scheduled");
        Instant moment = at.atZone(ZoneId.of("Europe/London")).toInstant();
        assertThat(articles.find(id).map(ArticleRow::publishAt)).hasValue(moment);

        assertThat(page.navigate(origin() + "/journal/" + slug).status()).isEqualTo(404);
        new ScheduledPublishing(articles, Clock.fixed(moment.plusSeconds(30), ZoneOffset.UTC)).publishDue();
        assertThat(page.navigate(origin() + "/journal/" + slug).status()).isEqualTo(200);
        assertThat(page.locator("h1").textContent()).isEqualTo("Written in the browser");

        page.navigate(origin() + "/editor/journal/" + id);
        page.getByLabel("Article source").fill(Editors.source(slug, "A second thought", "Rewritten."));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        page.waitForURL("**/editor/journal/*?saved");
        assertThat(page.navigate(origin() + "/journal/" + slug).status()).isEqualTo(200);
        assertThat(page.locator("h1").textContent()).isEqualTo("A second thought");

        page.navigate(origin() + "/editor/journal/" + id);
        checks.assertAccessibleAndSelfContained(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore revision 1")).click();
        page.waitForURL("**/editor/journal/*?saved");
        page.navigate(origin() + "/journal/" + slug);
        assertThat(page.locator("h1").textContent()).isEqualTo("Written in the browser");
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
