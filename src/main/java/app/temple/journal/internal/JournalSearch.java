package app.temple.journal.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * Full-text search over published articles with PostgreSQL: each article is matched with its own language's
 * dictionary (English or Swedish stemming), ranked, and given a snippet with the matched words marked.
 */
@Component
public class JournalSearch {

    /** Marks PostgreSQL puts around matches; stripped from article text on save, so they only ever mean a match. */
    private static final String START = "⟦";
    private static final String STOP = "⟧";
    private static final int MAX_QUERY = 200;

    private final JdbcClient jdbc;

    JournalSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Hit> search(String query, int limit) {
        String words = query == null ? "" : query.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.length() > MAX_QUERY) {
            words = words.substring(0, MAX_QUERY);
        }
        return jdbc.sql("select " + Articles.COLUMNS + ", "
                        + "ts_headline(c.dictionary, a.body_text, q.query, "
                        + "'StartSel=" + START + ", StopSel=" + STOP + ", MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \"') snippet "
                        + "from journal_article a "
                        + "cross join lateral (select case a.language when 'sv' then 'swedish'::regconfig else 'english'::regconfig end dictionary) c "
                        + "cross join lateral (select websearch_to_tsquery(c.dictionary, :words) query) q "
                        // the same match as search_vector @@ q.query, spelled with constant dictionaries so that the GIN
                        // index answers it: q.query depends on the row, and made every row be read and parsed (EXPLAIN.md)
                        + "where a.status = 'published' and ("
                        + "(a.language = 'sv' and a.search_vector @@ websearch_to_tsquery('swedish'::regconfig, :words)) or "
                        + "(a.language <> 'sv' and a.search_vector @@ websearch_to_tsquery('english'::regconfig, :words))) "
                        + "order by ts_rank(a.search_vector, q.query) desc, a.published_on desc limit :limit")
                .param("words", words).param("limit", limit)
                .query((rs, n) -> new Hit(Articles.ROW.mapRow(rs, n), highlight(rs.getString("snippet"))))
                .list();
    }

    /**
     * Escapes the snippet, then turns only our own marks into {@code <mark>}. The text it comes from holds no addresses;
     * an article saved before that rule may still, so a web address left in a snippet goes too.
     */
    static String highlight(String snippet) {
        String words = (snippet == null ? "" : snippet).replaceAll("\\bhttps?://[^\\s" + STOP + "]+" + STOP + "?", "");
        return HtmlUtils.htmlEscape(words).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** @param snippetHtml safe HTML: escaped text with {@code <mark>} around matches */
    public record Hit(ArticleRow article, String snippetHtml) {
    }
}
