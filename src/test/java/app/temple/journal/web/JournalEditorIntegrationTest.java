package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.journal.internal.ScheduledPublishing;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's desk over HTTP: drafts stay private, scheduling publishes on time, renames redirect, revisions restore. */
@TempleIntegrationTest
class JournalEditorIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

    private Visitor editor;

    @BeforeEach
    void signIn() {
        editor = new Visitor(port);
        Editors.signIn(editor, Role.EDITOR, invitations, outbox);
    }

    @Test
    void aDraftIsSavedAndAppearsNowherePublic() {
        String slug = "draft-" + suffix();
        UUID id = create(slug, "Quietly unfinished", "Xylophonic draft words.");

        assertThat(articles.find(id).orElseThrow().status()).isEqualTo("draft");
        assertNowherePublic(slug, "xylophonic");
    }

    @Test
    void aSourceThatCannotBeReadIsShownAgainWithTheProblemAndNothingLost() {
        editor.get("/editor/journal/new");
        HttpResponse<String> response = editor.post("/editor/journal/new", "action", "save",
                "source", "---\ntitle: Only a title\n---\nMy precious paragraph.");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("slug is missing", "My precious paragraph.");
    }

    @Test
    void previewRendersWithoutSavingWithAndWithoutJavaScript() {
        editor.get("/editor/journal/new");
        String source = Editors.source("preview-" + suffix(), "Preview me", "Some *emphasis* <script>alert(1)</script>");
        HttpResponse<String> page = editor.post("/editor/journal/new", "action", "preview", "source", source);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<em>emphasis</em>", "href=\"#ref-1\"").doesNotContain("<script>alert(1)");

        HttpResponse<String> fragment = editor.post("/editor/journal/preview", "source", source);
        assertThat(fragment.body()).startsWith("<div id=\"preview\"").contains("<em>emphasis</em>").doesNotContain("<html");
        assertThat(jdbc.sql("select count(*) from journal_article where title = 'Preview me'").query(Integer.class).single()).isZero();
    }

    @Test
    void aScheduledArticleGoesLiveWhenItsTimeComesAndNotBefore() {
        String slug = "scheduled-" + suffix();
        UUID id = create(slug, "Later, on time", "Quinquennial scheduled words.");
        // sooner than the articles other tests leave scheduled a day or more ahead in the shared database, so that
        // "nothing is due a second before" speaks of this article whatever order the test classes run in
        LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/Stockholm")).plusHours(3).truncatedTo(ChronoUnit.MINUTES);

        editor.get("/editor/journal/" + id);
        HttpResponse<String> scheduled = editor.post("/editor/journal/" + id, "action", "schedule",
                "source", Editors.source(slug, "Later, on time", "Quinquennial scheduled words."),
                "publishAt", at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), "zone", "Europe/Stockholm");
        assertThat(scheduled.statusCode()).isEqualTo(302);
        ArticleRow row = articles.find(id).orElseThrow();
        assertThat(row.status()).isEqualTo("scheduled");
        Instant moment = at.atZone(ZoneId.of("Europe/Stockholm")).toInstant();
        assertThat(row.publishAt()).as("stored as the instant the editor meant in her zone").isEqualTo(moment);
        assertNowherePublic(slug, "quinquennial");
        assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = 'journal-publish-at' and task_instance like ?")
                .param(id + "@%").query(java.sql.Timestamp.class).single().toInstant())
                .as("a one-time job at the article's moment").isEqualTo(moment);
        assertThat(editor.get("/editor/journal/" + id).body()).as("the form shows the chosen moment")
                .contains("value=\"" + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")) + "\"");

        assertThat(new ScheduledPublishing(articles, Clock.fixed(moment.minusSeconds(1), ZoneOffset.UTC)).publishDue()).isZero();
        assertNowherePublic(slug, "quinquennial");
        assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = 'journal-publish-at' and task_instance like ?")
                .param(id + "@%").query(java.sql.Timestamp.class).single().toInstant())
                .as("a one-time job at the article's moment").isEqualTo(moment);
        assertThat(editor.get("/editor/journal/" + id).body()).as("the form shows the chosen moment")
                .contains("value=\"" + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")) + "\"");

        assertThat(new ScheduledPublishing(articles, Clock.fixed(moment.plusSeconds(1), ZoneOffset.UTC)).publishDue()).isPositive();
        assertThat(new Http(port).get("/journal/" + slug).statusCode()).isEqualTo(200);
        assertThat(new Http(port).get("/journal/search?q=quinquennial").body()).contains("/journal/" + slug);
    }

    @Test
    void aScheduleWithoutATimeIsRefusedAndKeepsTheText() {
        String slug = "no-time-" + suffix();
        UUID id = create(slug, "No time", "Words.");
        editor.get("/editor/journal/" + id);
        HttpResponse<String> response = editor.post("/editor/journal/" + id, "action", "schedule",
                "source", Editors.source(slug, "No time", "Words kept."), "publishAt", "", "zone", "Europe/Stockholm");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Choose a date and time", "Words kept.");
    }

    @Test
    void publishingRunsAsARecurringDbSchedulerTask() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'journal-publish-scheduled'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void renamingASlugKeepsTheOldAddressAsAPermanentRedirect() {
        String slug = "before-" + suffix();
        UUID id = create(slug, "Renamed", "Words.");
        publish(id, Editors.source(slug, "Renamed", "Words."));
        String renamed = "after-" + suffix();

        publish(id, Editors.source(renamed, "Renamed", "Words."));

        HttpResponse<String> old = new Http(port).get("/journal/" + slug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(redirectPath(old)).isEqualTo("/journal/" + renamed);
        assertThat(new Http(port).get("/journal/" + renamed).statusCode()).isEqualTo(200);
    }

    @Test
    void anEarlierRevisionCanBeRestored() {
        String slug = "revised-" + suffix();
        UUID id = create(slug, "First title", "First words.");
        publish(id, Editors.source(slug, "Second title", "Second words."));
        UUID first = articles.revisions(id).getLast().id();

        editor.get("/editor/journal/" + id);
        assertThat(editor.post("/editor/journal/" + id + "/restore", "revision", first.toString()).statusCode()).isEqualTo(302);

        assertThat(new Http(port).get("/journal/" + slug).body()).contains("First title").doesNotContain("Second title");
        assertThat(articles.revisions(id)).hasSize(3);
    }

    @Test
    void aRevisionOfAnotherArticleIsNotFoundAndRestoresNothing() {
        UUID mine = create("restore-mine-" + suffix(), "My title", "My words.");
        UUID other = create("restore-other-" + suffix(), "Other title", "Other words.");
        UUID foreign = articles.revisions(other).getFirst().id();
        int before = articles.revisions(mine).size();

        editor.get("/editor/journal/" + mine);
        assertThat(editor.post("/editor/journal/" + mine + "/restore", "revision", foreign.toString()).statusCode()).isEqualTo(404);
        assertThat(editor.post("/editor/journal/" + mine + "/restore", "revision", UUID.randomUUID().toString()).statusCode())
                .isEqualTo(404);
        assertThat(editor.post("/editor/journal/" + UUID.randomUUID() + "/restore", "revision", foreign.toString()).statusCode())
                .isEqualTo(404);
        assertThat(editor.post("/editor/journal/" + mine + "/restore", "revision", "not-a-revision").statusCode()).isEqualTo(400);

        assertThat(articles.revisions(mine)).hasSize(before);
        assertThat(articles.find(mine).orElseThrow().title()).isEqualTo("My title");
    }

    @Test
    void anEditedArticleSurvivesItsUnchangedFileBeingSeenAgain() {
        // the loader hands a file over only when its hash changed; a changed file becomes the newest revision
        ArticleRow article = articles.find("desire-discrepancy", "en").orElseThrow();
        assertThat(articles.revisions(article.id())).isNotEmpty();
        assertThat(articles.revisions(article.id()).getFirst().origin().key()).isEqualTo("file");
    }

    private UUID create(String slug, String title, String body) {
        editor.get("/editor/journal/new");
        HttpResponse<String> created = editor.post("/editor/journal/new", "action", "save", "source", Editors.source(slug, title, body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return UUID.fromString(redirectPath(created).replaceAll("^/editor/journal/([0-9a-f-]+).*", "$1"));
    }

    private void publish(UUID id, String source) {
        editor.get("/editor/journal/" + id);
        HttpResponse<String> response = editor.post("/editor/journal/" + id, "action", "publish", "source", source);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }

    private void assertNowherePublic(String slug, String word) {
        Http http = new Http(port);
        assertThat(http.get("/journal/" + slug).statusCode()).isEqualTo(404);
        assertThat(http.get("/journal/search?q=" + word).body()).doesNotContain(slug);
        assertThat(http.get("/journal/feed.atom").body()).doesNotContain(slug);
        assertThat(http.get("/sitemap.xml").body()).doesNotContain(slug);
        assertThat(http.get("/journal/tags/editor-tests").body()).doesNotContain(slug);
        assertThat(http.get("/journal/authors/temple-editorial").body() + http.get("/journal").body()).doesNotContain(slug);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
