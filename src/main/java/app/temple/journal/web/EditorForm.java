package app.temple.journal.web;

import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.EditorProblem;
import app.temple.journal.internal.Revision;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The editor's form as it is shown: the source she typed (kept on every error), the schedule fields, the
 * article's state and revisions, and an optional preview or problem.
 *
 * @param article null for a new article
 */
public record EditorForm(ArticleRow article, String source, List<Revision> revisions, String publishAt, String zone,
                         Preview preview, String problemKey, String problemDetail, boolean saved) {

    public static final String DEFAULT_ZONE = "Europe/Stockholm";
    public static final List<String> ZONES = List.of("Europe/Stockholm", "Europe/London", "Europe/Berlin", "Europe/Helsinki",
            "UTC", "America/New_York", "America/Chicago", "America/Los_Angeles", "Australia/Sydney");

    static final String TEMPLATE = """
            ---
            title: A new article
            slug: a-new-article
            language: en
            author: temple-editorial
            tags: [Science-based]
            summary: >
              One or two sentences shown in lists, feeds and search results.
            reviewed-by: Temple editorial team
            citations: []
            faq: []
            ---

            Write the article here in Markdown. Headings start at ##.
            """;

    static EditorForm blank() {
        return fresh(TEMPLATE);
    }

    static EditorForm fresh(String source) {
        return new EditorForm(null, source, List.of(), "", DEFAULT_ZONE, null, null, null, false);
    }

    /** The schedule fields show the moment already chosen, in the default zone, so a reschedule starts from it. */
    static EditorForm of(ArticleRow article, String source, List<Revision> revisions) {
        String scheduled = article.publishAt() == null ? ""
                : article.publishAt().atZone(ZoneId.of(DEFAULT_ZONE)).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        return new EditorForm(article, source, revisions, scheduled, DEFAULT_ZONE, null, null, null, false);
    }

    EditorForm withSchedule(String publishAt, String zone) {
        String known = ZONES.contains(zone) ? zone : DEFAULT_ZONE;
        return new EditorForm(article, source, revisions, publishAt, known, preview, problemKey, problemDetail, saved);
    }

    EditorForm withPreview(Preview preview) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problemKey, problemDetail, saved);
    }

    EditorForm withProblem(EditorProblem problem) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problem.messageKey(), problem.detail(), saved);
    }

    EditorForm withSaved(boolean saved) {
        return new EditorForm(article, source, revisions, publishAt, zone, preview, problemKey, problemDetail, saved);
    }

    public String action() {
        return article == null ? EditorController.BASE + "/new" : EditorController.BASE + "/" + article.id();
    }

    public static ZoneId zoneId(String zone) {
        return ZoneId.of(zone);
    }
}
