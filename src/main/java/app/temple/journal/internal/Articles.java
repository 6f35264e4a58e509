package app.temple.journal.internal;

import app.temple.content.DocumentKey;
import app.temple.content.Revision;
import app.temple.content.Revisions;

import app.temple.site.EpochMemo;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Journal's articles and old slugs in PostgreSQL, and their revisions in the shared revision store. */
@Repository
public class Articles {

    /** Joins tag names and slugs into one parameter; no tag contains it. */
    private static final String SEPARATOR = "\u001f";
    static final String COLUMNS = "a.id, a.slug, a.language, a.translation_of, a.status, a.publish_at, a.publish_zone, "
            + "a.current_revision, a.title, a.summary, a.author, a.tags, a.tag_slugs, a.published_on, a.changed_at, a.word_count";
    /** Published articles, one per work, in the preferred language where the work has it. */
    private static final String ONE_PER_WORK = "select * from (select distinct on (coalesce(a.translation_of, a.slug)) "
            + COLUMNS + " from journal_article a where a.status = 'published' %s "
            + "order by coalesce(a.translation_of, a.slug), (a.language = :lang) desc, a.published_on desc) w ";

    static final RowMapper<ArticleRow> ROW = Articles::row;

    private final JdbcClient jdbc;
    private final JournalEpoch epoch;
    private final Revisions revisions;

    /** The answers behind the public pages, kept until the Journal's epoch moves: every page a member reads asks them. */
    private final EpochMemo shown;

    Articles(JdbcClient jdbc, JournalEpoch epoch, Revisions revisions) {
        this.jdbc = jdbc;
        this.epoch = epoch;
        this.revisions = revisions;
        this.shown = new EpochMemo(epoch.epoch());
    }

    /** {@link #find(String, String)} for the public pages: kept until the Journal changes (the editor reads afresh). */
    public Optional<ArticleRow> shown(String slug, String language) {
        return shown.answer("find " + slug + " " + language, () -> find(slug, language));
    }

    public Optional<ArticleRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from journal_article a where a.id = ?").param(id).query(ROW).optional();
    }

    public Optional<ArticleRow> find(String slug, String language) {
        return jdbc.sql("select " + COLUMNS + " from journal_article a where a.slug = ? and a.language = ?")
                .params(slug, language).query(ROW).optional();
    }

    /** Where an old slug now lives, for the permanent redirect. */
    public Optional<ArticleRow> renamedFrom(String oldSlug, String language) {
        return shown.answer("renamed " + oldSlug + " " + language, () -> jdbc.sql("select " + COLUMNS + " from journal_slug_redirect r join journal_article a on a.id = r.article_id "
                        + "where r.old_slug = ? and r.language = ?")
                .params(oldSlug, language).query(ROW).optional());
    }

    public List<ArticleRow> all() {
        return jdbc.sql("select " + COLUMNS + " from journal_article a order by a.changed_at desc").query(ROW).list();
    }

    public List<ArticleRow> allPublished() {
        return newestPublished(Integer.MAX_VALUE);
    }

    /** Newest first, at most {@code limit}. */
    public List<ArticleRow> newestPublished(int limit) {
        return shown.answer("newest " + limit, () -> jdbc.sql("select " + COLUMNS + " from journal_article a where a.status = 'published' "
                        + "order by a.published_on desc, a.slug limit ?")
                .param(limit).query(ROW).list().stream().toList());
    }

    /** A page of published works; {@code tag} and {@code author} narrow it when not null. */
    public List<ArticleRow> published(String lang, String tag, String author, int limit, int offset) {
        return shown.answer(String.join(SEPARATOR, "published", lang, String.valueOf(tag), String.valueOf(author),
                String.valueOf(limit), String.valueOf(offset)), () -> jdbc.sql(
                        ONE_PER_WORK.formatted(filters(tag, author)) + "order by published_on desc, slug limit :limit offset :offset")
                .param("lang", lang).param("tag", tag == null ? "" : tag).param("author", author == null ? "" : author)
                .param("limit", limit).param("offset", offset).query(ROW).list().stream().toList());
    }

    public int countPublished(String lang, String tag, String author) {
        return shown.answer(String.join(SEPARATOR, "count", lang, String.valueOf(tag), String.valueOf(author)), () -> jdbc.sql(
                        "select count(*) from (" + ONE_PER_WORK.formatted(filters(tag, author)) + ") c")
                .param("lang", lang).param("tag", tag == null ? "" : tag).param("author", author == null ? "" : author)
                .query(Integer.class).single());
    }

    private static String filters(String tag, String author) {
        return (tag == null ? "" : "and :tag = any(a.tag_slugs) ") + (author == null ? "" : "and a.author = :author ");
    }

    /** Other works sharing the most tags with this one, newest first among equals. */
    public List<ArticleRow> related(ArticleRow article, int limit) {
        return shown.answer("related " + article.id() + " " + article.currentRevision() + " " + limit, () -> jdbc.sql(ONE_PER_WORK.formatted("and coalesce(a.translation_of, a.slug) <> :work")
                        + "order by cardinality(array(select unnest(tag_slugs) intersect select unnest(string_to_array(:tags, :sep)))) desc, "
                        + "published_on desc, slug limit :limit")
                .param("lang", article.language()).param("work", article.work())
                .param("tags", String.join(SEPARATOR, article.tagSlugs())).param("sep", SEPARATOR)
                .param("limit", limit).query(ROW).list().stream().toList());
    }

    /** The other language versions of the same work that are published. */
    public List<ArticleRow> translations(ArticleRow article) {
        return shown.answer("translations " + article.id() + " " + article.work(), () -> jdbc.sql("select " + COLUMNS + " from journal_article a where a.status = 'published' and a.id <> ? "
                        + "and coalesce(a.translation_of, a.slug) = ?")
                .params(article.id(), article.work()).query(ROW).list().stream().toList());
    }

    /**
     * The newest change to anything public, which related lists and feeds depend on. An article taken back to draft
     * counts too: it leaves the lists, though no published article changed, and the newest change among those left
     * may be older than pages already built with it.
     */
    public Instant lastPublicChange() {
        return shown.answer("last public change", this::readLastPublicChange);
    }

    /** As stored now: an unpublishing must come after it, whatever this node has seen. */
    private Instant readLastPublicChange() {
        return (jdbc.sql("select greatest(coalesce(max(changed_at) filter (where status = 'published'), 'epoch'::timestamptz), "
                        + "coalesce(max(unpublished_at), 'epoch'::timestamptz)) from journal_article")
                .query(Timestamp.class).single().toInstant());
    }

    /**
     * Notes that a published article left the public Journal, at a moment later than every public change so far:
     * {@link #lastPublicChange()} must move, or pages built before would still be served as current, even when
     * another change carries a later time than this clock's (another node's clock ahead of this one's).
     */
    public void recordUnpublished(UUID id, Instant now) {
        Instant afterTheLast = readLastPublicChange().plusMillis(1);
        Instant at = now.isAfter(afterTheLast) ? now : afterTheLast;
        jdbc.sql("update journal_article set unpublished_at = ? where id = ?").params(Timestamp.from(at), id).update();
        epoch.changedInThisTransaction();
    }

    public void insert(ArticleRow article, String bodyText, String fileHash) {
        jdbc.sql("insert into journal_article (id, slug, language, translation_of, status, publish_at, publish_zone, current_revision, "
                        + "title, summary, author, tags, tag_slugs, published_on, body_text, changed_at, file_hash) values (:id, :slug, :language, "
                        + ":translationOf, :status, :publishAt, :publishZone, :currentRevision, :title, :summary, :author, string_to_array(:tags, :sep), "
                        + "string_to_array(:tagSlugs, :sep), :publishedOn, :bodyText, :changedAt, :fileHash)")
                .paramSource(params(article, bodyText, fileHash)).update();
        epoch.changedInThisTransaction();
    }

    public void update(ArticleRow article, String bodyText, String fileHash) {
        jdbc.sql("update journal_article set slug = :slug, translation_of = :translationOf, status = :status, publish_at = :publishAt, "
                        + "publish_zone = :publishZone, current_revision = :currentRevision, title = :title, summary = :summary, author = :author, "
                        + "tags = string_to_array(:tags, :sep), tag_slugs = string_to_array(:tagSlugs, :sep), "
                        + "published_on = :publishedOn, body_text = :bodyText, changed_at = :changedAt, file_hash = :fileHash where id = :id")
                .paramSource(params(article, bodyText, fileHash)).update();
        epoch.changedInThisTransaction();
    }

    private static java.util.Map<String, Object> params(ArticleRow article, String bodyText, String fileHash) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", article.id());
        params.put("slug", article.slug());
        params.put("language", article.language());
        params.put("translationOf", article.translationOf());
        params.put("status", article.status());
        params.put("publishAt", article.publishAt() == null ? null : Timestamp.from(article.publishAt()));
        params.put("publishZone", article.publishZone() == null ? null : article.publishZone().getId());
        params.put("currentRevision", article.currentRevision());
        params.put("title", article.title());
        params.put("summary", article.summary());
        params.put("author", article.author());
        params.put("tags", String.join(SEPARATOR, article.tags()));
        params.put("tagSlugs", String.join(SEPARATOR, article.tagSlugs()));
        params.put("sep", SEPARATOR);
        params.put("publishedOn", article.publishedOn());
        params.put("bodyText", bodyText);
        params.put("changedAt", Timestamp.from(article.changedAt()));
        params.put("fileHash", fileHash);
        return params;
    }

    /** Publishes every scheduled article whose time has come; returns how many. */
    public int publishDue(Instant now) {
        int published = jdbc.sql("update journal_article set status = 'published', changed_at = :now, "
                        + "published_on = coalesce(published_on, (publish_at at time zone 'UTC')::date) "
                        + "where status = 'scheduled' and publish_at <= :now")
                .param("now", Timestamp.from(now)).update();
        if (published > 0) {
            epoch.changedInThisTransaction();
        }
        return published;
    }

    /** An article's place in the revision store: its revisions are kept under its id. */
    public static DocumentKey document(UUID articleId) {
        return new DocumentKey("journal", articleId.toString());
    }

    public Optional<Revision> revision(UUID id) {
        return revisions.find(id).filter(revision -> revision.document().kind().equals("journal"));
    }

    /** Newest first. */
    public List<Revision> revisions(UUID articleId) {
        return revisions.list(document(articleId));
    }

    public Optional<String> fileHash(UUID articleId) {
        return jdbc.sql("select file_hash from journal_article where id = ?").param(articleId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(hash -> hash);
    }

    public void redirect(String oldSlug, String language, UUID articleId) {
        jdbc.sql("insert into journal_slug_redirect (old_slug, language, article_id) values (?, ?, ?) "
                + "on conflict (old_slug, language) do update set article_id = excluded.article_id")
                .params(oldSlug, language, articleId).update();
        epoch.changedInThisTransaction();
    }

    /** A slug in use again is no longer a redirect. */
    public void dropRedirect(String slug, String language) {
        jdbc.sql("delete from journal_slug_redirect where old_slug = ? and language = ?").params(slug, language).update();
        epoch.changedInThisTransaction();
    }

    private static ArticleRow row(ResultSet rs, int n) throws SQLException {
        Timestamp publishAt = rs.getTimestamp("publish_at");
        String publishZone = rs.getString("publish_zone");
        java.sql.Date publishedOn = rs.getDate("published_on");
        return new ArticleRow(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("language"),
                rs.getString("translation_of"), rs.getString("status"), publishAt == null ? null : publishAt.toInstant(),
                publishZone == null ? null : ZoneId.of(publishZone), rs.getObject("current_revision", UUID.class),
                rs.getString("title"), rs.getString("summary"), rs.getString("author"), strings(rs.getArray("tags")), strings(rs.getArray("tag_slugs")),
                publishedOn == null ? null : publishedOn.toLocalDate(), rs.getTimestamp("changed_at").toInstant(),
                rs.getInt("word_count"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
