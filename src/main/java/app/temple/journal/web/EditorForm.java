package app.temple.journal.web;

import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.EditorProblem;
import app.temple.site.Dates;
import app.temple.content.Revision;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The editor's form as it is shown: the source she typed (kept on every error), the schedule fields as she typed
 * them, the article's state and revisions, and an optional preview or problem.
 *
 * @param article   null for a new article
 * @param publishAt the schedule's local date and time as the field shows it, e.g. {@code 2026-11-24T09:00}
 * @param zone      the schedule's zone as the field shows it; what she typed, which may not be a zone at all
 * @param notice    a message key for what has just been done, or null
 */
public record EditorForm(ArticleRow article, String source, List<Revision> revisions, String publishAt, String zone,
                         Preview preview, String problemKey, String problemDetail, String notice) {

    public static final String DEFAULT_ZONE = Dates.HOME_ID;
    /** Suggestions for the zone field; any zone of the time zone database is accepted. */
    public static final List<String> ZONES = List.of(Dates.HOME_ID, "Europe/London", "Europe/Berlin", "Europe/Helsinki",
            "UTC", "America/New_York", "America/Chicago", "America/Los_Angeles", "Australia/Sydney");

    private static final Set<String> TIME_PROBLEMS = Set.of("journal.editor.badTime", "journal.editor.unreadableTime",
            "journal.editor.pastTime", "journal.editor.timeSkipped");

    static final String TEMPLATE = """
            ---
            title: A new article
            slug: a-new-article
            language: en
            author: temple-editorial
            tags: [Science-based]
            summary: >
              One or two sentences shown in lists, feeds and search results.
            # once a qualified reviewer has read it: reviewer: <id from reviewers.yaml> and reviewed-on: <date>
            citations: []
            faq: []
            ---

            Write the article here in Markdown. Headings start at ##.
            """;

    static EditorForm blank() {
        return fresh(TEMPLATE);
    }

    static EditorForm fresh(String source) {
        return new EditorForm(null, source, List.of(), "", DEFAULT_ZONE, null, null, null, null);
    }

    /**
     * The schedule fields show the moment already chosen, in the zone she chose it in, so a reschedule starts
     * from what she sees on the desk.
     */
    static EditorForm of(ArticleRow article, String source, List<Revision> revisions) {
        ZoneId zone = shownZone(article);
        String scheduled = article.publishAt() == null ? ""
                : article.publishAt().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        return new EditorForm(article, source, revisions, scheduled, zone.getId(), null, null, null, null);
    }

    /** What she typed in the schedule fields, kept as typed so a mistake can be corrected rather than retyped. */
    EditorForm withSchedule(String publishAt, String zone) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problemKey, problemDetail, notice);
    }

    EditorForm withPreview(Preview preview) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problemKey, problemDetail, notice);
    }

    EditorForm withProblem(EditorProblem problem) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problem.messageKey(), problem.detail(), notice);
    }

    EditorForm withNotice(String notice) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problemKey, problemDetail, notice);
    }

    public String action() {
        return article == null ? EditorController.BASE + "/new" : EditorController.BASE + "/" + article.id();
    }

    /** The field the problem is about, named by its id: {@code publishAt}, {@code zone} or {@code source}. */
    public String problemField() {
        if (problemKey == null) {
            return null;
        }
        if (TIME_PROBLEMS.contains(problemKey)) {
            return "publishAt";
        }
        return problemKey.equals("journal.editor.unknownZone") ? "zone" : "source";
    }

    /** Whether {@code field} is the one the problem is about. */
    public boolean invalid(String field) {
        return field.equals(problemField());
    }

    /** The zone the page shows times in: the schedule's own, never what she may have mistyped. */
    public ZoneId timesZone() {
        return article == null ? Dates.HOME : shownZone(article);
    }

    public boolean canUnpublish() {
        return article != null && article.canUnpublish();
    }

    /** The zone an article's schedule is shown in: the one she chose it in. */
    public static ZoneId shownZone(ArticleRow article) {
        return article.publishZone() != null ? article.publishZone() : Dates.HOME;
    }

    public String unpublishPath() {
        return EditorController.BASE + "/" + article.id() + "/unpublish";
    }
}
