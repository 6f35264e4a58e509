package app.temple.journal.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The tags of published articles, each with its URL slug. */
@Repository
public class Tags {

    private final JdbcClient jdbc;

    Tags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tag in every language, as the sitemap lists them. */
    public List<Tag> all() {
        return jdbc.sql("select distinct on (t.slug) t.slug, t.name from journal_article a, unnest(a.tag_slugs, a.tags) as t(slug, name) "
                        + "where a.status = 'published' order by t.slug, (a.language = 'en') desc, t.name")
                .query((rs, n) -> new Tag(rs.getString("name"), rs.getString("slug"))).list();
    }

    /** The tags of articles written in one language, so a Swedish list offers Swedish tags. */
    public List<Tag> in(String language) {
        return jdbc.sql("select distinct on (t.slug) t.slug, t.name from journal_article a, unnest(a.tag_slugs, a.tags) as t(slug, name) "
                        + "where a.status = 'published' and a.language = ? order by t.slug, t.name")
                .param(language).query((rs, n) -> new Tag(rs.getString("name"), rs.getString("slug"))).list();
    }

    public Optional<String> name(String slug) {
        return jdbc.sql("select t.name from journal_article a, unnest(a.tag_slugs, a.tags) as t(slug, name) "
                        + "where a.status = 'published' and t.slug = ? order by (a.language = 'en') desc limit 1")
                .param(slug).query(String.class).optional();
    }

    public record Tag(String name, String slug) {
    }
}
