package app.temple.journal.web;

import app.temple.TempleIntegrationTest;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.journal.Editors;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.mail.internal.Outbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduling at a time in the editor's own zone: the zone is kept with the schedule and the moment is shown back
 * in it; an unknown zone or a time that cannot be read, has passed or does not exist is refused with her input kept.
 */
@TempleIntegrationTest
class JournalScheduleZoneIntegrationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

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
    void scheduledInNewYorkItReopensInNewYorkAtTheSameLocalTime() {
        String slug = "new-york-" + suffix();
        UUID id = create(slug);
        LocalDateTime at = LocalDateTime.now(NEW_YORK).plusDays(3).withHour(9).withMinute(0).truncatedTo(ChronoUnit.MINUTES);

        HttpResponse<String> scheduled = schedule(id, slug, at.format(FIELD), "America/New_York");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);

        ArticleRow row = articles.find(id).orElseThrow();
        Instant meant = at.atZone(NEW_YORK).toInstant();
        assertThat(row.status()).isEqualTo("scheduled");
        assertThat(row.publishAt()).as("09:00 in New York, not 09:00 in the default zone").isEqualTo(meant)
                .isNotEqualTo(at.atZone(ZoneId.of(EditorForm.DEFAULT_ZONE)).toInstant());
        assertThat(jdbc.sql("select publish_zone from journal_article where id = ?").param(id).query(String.class).single())
                .isEqualTo("America/New_York");
        assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = 'journal-publish-at' and task_instance like ?")
                .param(id + "@%").query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(meant);

        Document form = Jsoup.parse(editor.get("/editor/journal/" + id).body());
        assertThat(form.getElementById("publishAt").attr("value")).isEqualTo(at.format(FIELD));
        assertThat(form.getElementById("zone").attr("value")).isEqualTo("America/New_York");
        assertThat(form.selectFirst(".state").text()).contains("Publishes " + at.format(SHOWN) + " America/New_York");

        Document desk = Jsoup.parse(editor.get("/editor/journal").body());
        assertThat(desk.select("tr:has(a[href=/editor/journal/" + id + "])").text())
                .contains("Scheduled", "Publishes " + at.format(SHOWN) + " America/New_York");
    }

    @Test
    void savingTheTextOfAScheduledArticleKeepsItsZone() {
        String slug = "keeps-zone-" + suffix();
        UUID id = create(slug);
        LocalDateTime at = LocalDateTime.now(NEW_YORK).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        assertThat(schedule(id, slug, at.format(FIELD), "America/New_York").statusCode()).isEqualTo(302);

        editor.get("/editor/journal/" + id);
        assertThat(editor.post("/editor/journal/" + id, "action", "save", "source", Editors.source(slug, "Zoned", "Changed words."))
                .statusCode()).isEqualTo(302);

        ArticleRow row = articles.find(id).orElseThrow();
        assertThat(row.publishZone()).isEqualTo(NEW_YORK);
        assertThat(row.publishAt()).isEqualTo(at.atZone(NEW_YORK).toInstant());
    }

    @Test
    void aZoneTypedInLowerCaseWithSpacesIsUnderstood() {
        String slug = "lower-zone-" + suffix();
        UUID id = create(slug);
        LocalDateTime at = LocalDateTime.now(NEW_YORK).plusDays(2).truncatedTo(ChronoUnit.MINUTES);

        assertThat(schedule(id, slug, at.format(FIELD), "america/new york").statusCode()).isEqualTo(302);

        assertThat(articles.find(id).orElseThrow().publishZone()).isEqualTo(NEW_YORK);
    }

    @Test
    void anUnknownZoneIsRefusedWithWhatSheTypedKept() {
        String slug = "unknown-zone-" + suffix();
        UUID id = create(slug);
        String at = LocalDateTime.now(NEW_YORK).plusDays(2).truncatedTo(ChronoUnit.MINUTES).format(FIELD);

        HttpResponse<String> refused = schedule(id, slug, at, "Mars/Olympus_Mons");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("zone-error").text()).contains("That time zone is not known");
        assertThat(page.getElementById("zone").attr("value")).isEqualTo("Mars/Olympus_Mons");
        assertThat(page.getElementById("zone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("zone").attr("aria-describedby")).contains("zone-error");
        assertThat(page.getElementById("publishAt").attr("value")).isEqualTo(at);
        assertThat(page.getElementById("source").text()).contains("Words kept " + slug);
        assertThat(page.getElementById("source").hasAttr("aria-invalid")).as("the text is not at fault").isFalse();
        assertThat(articles.find(id).orElseThrow().status()).isEqualTo("draft");
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedWithWhatSheTypedKept() {
        String slug = "unreadable-" + suffix();
        UUID id = create(slug);

        HttpResponse<String> refused = schedule(id, slug, "next tuesday at nine", "America/New_York");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("publishAt-error").text()).contains("cannot be read");
        assertThat(page.getElementById("publishAt").attr("value")).isEqualTo("next tuesday at nine");
        assertThat(page.getElementById("publishAt").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("zone").attr("value")).isEqualTo("America/New_York");
        assertThat(page.getElementById("source").text()).contains("Words kept " + slug);
        assertThat(articles.find(id).orElseThrow().status()).isEqualTo("draft");
    }

    @Test
    void aTimeThatHasPassedIsRefusedAndNothingIsScheduled() {
        String slug = "past-" + suffix();
        UUID id = create(slug);
        String yesterday = LocalDateTime.now(NEW_YORK).minusDays(1).truncatedTo(ChronoUnit.MINUTES).format(FIELD);

        HttpResponse<String> refused = schedule(id, slug, yesterday, "America/New_York");

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.getElementById("publishAt-error").text()).contains("already passed");
        assertThat(page.getElementById("publishAt").attr("value")).isEqualTo(yesterday);
        assertThat(page.getElementById("source").text()).contains("Words kept " + slug);
        assertThat(articles.find(id).orElseThrow().status()).as("not published at once either").isEqualTo("draft");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ?").param(id + "@%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aTimeTheClocksSkipIsRefused() {
        String slug = "skipped-" + suffix();
        UUID id = create(slug);
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        ZoneOffsetTransition transition = stockholm.getRules().nextTransition(Instant.now());
        while (!transition.isGap()) {
            transition = stockholm.getRules().nextTransition(transition.getInstant());
        }
        String skipped = transition.getDateTimeBefore().plusMinutes(30).format(FIELD);

        HttpResponse<String> refused = schedule(id, slug, skipped, "Europe/Stockholm");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).getElementById("publishAt-error").text()).contains("does not exist in this zone");
    }

    @Test
    void theSwedishDeskShowsTheMomentInSwedish() {
        String slug = "svenska-" + suffix();
        UUID id = create(slug);
        LocalDateTime at = LocalDateTime.of(LocalDateTime.now(NEW_YORK).getYear() + 1, 11, 24, 9, 0);
        assertThat(schedule(id, slug, at.format(FIELD), "America/New_York").statusCode()).isEqualTo(302);

        String desk = Jsoup.parse(editor.get("/editor/journal?lang=sv").body()).select("tr:has(a[href=/editor/journal/" + id + "])").text();

        assertThat(desk).contains("Schemalagd", "Publiceras 24 nov", at.getYear() + ", 09:00 America/New_York");
    }

    private HttpResponse<String> schedule(UUID id, String slug, String publishAt, String zone) {
        editor.get("/editor/journal/" + id);
        return editor.post("/editor/journal/" + id, "action", "schedule", "source", Editors.source(slug, "Zoned", "Words kept " + slug),
                "publishAt", publishAt, "zone", zone);
    }

    private UUID create(String slug) {
        editor.get("/editor/journal/new");
        HttpResponse<String> created = editor.post("/editor/journal/new", "action", "save", "source", Editors.source(slug, "Zoned", "Words."));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return UUID.fromString(redirectPath(created).replaceAll("^/editor/journal/([0-9a-f-]+).*", "$1"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
