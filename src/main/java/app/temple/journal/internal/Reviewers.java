package app.temple.journal.internal;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The reviewers {@code content/journal/reviewers.yaml} names, and what an article's front matter may say of them. */
@Repository
public class Reviewers {

    private static final RowMapper<Reviewer> ROW = (rs, n) -> new Reviewer(rs.getString("id"), rs.getString("name"),
            rs.getString("credentials_en"), rs.getString("credentials_sv"), rs.getBoolean("trauma_informed"));

    private final JdbcClient jdbc;

    Reviewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Reviewer> find(String id) {
        return jdbc.sql("select * from journal_reviewer where id = ?").param(id).query(ROW).optional();
    }

    /** What the page may say: reviewed by someone on the list, or honestly pending. */
    public Review reviewOf(ArticleDocument document) {
        if (document.reviewer() == null || document.reviewedOn() == null) {
            return new Review.Pending(document.traumaRelated());
        }
        return find(document.reviewer())
                .filter(reviewer -> reviewer.traumaInformed() || !document.traumaRelated())
                .<Review>map(reviewer -> new Review.Done(reviewer, document.reviewedOn()))
                .orElseGet(() -> new Review.Pending(document.traumaRelated()));
    }

    /** Why the front matter's reviewer cannot stand, or empty when it can (or names none). */
    public Optional<String> problemWith(ArticleDocument document) {
        if (document.reviewer() == null) {
            return Optional.empty();
        }
        Optional<Reviewer> reviewer = find(document.reviewer());
        if (reviewer.isEmpty()) {
            return Optional.of("reviewer " + document.reviewer() + " is not in content/journal/reviewers.yaml");
        }
        if (document.traumaRelated() && !reviewer.get().traumaInformed()) {
            return Optional.of("the article is trauma-related, and reviewer " + document.reviewer()
                    + " is not marked trauma-informed in reviewers.yaml");
        }
        return Optional.empty();
    }

    void save(Reviewer reviewer) {
        jdbc.sql("insert into journal_reviewer (id, name, credentials_en, credentials_sv, trauma_informed) values (?, ?, ?, ?, ?) "
                        + "on conflict (id) do update set name = excluded.name, credentials_en = excluded.credentials_en, "
                        + "credentials_sv = excluded.credentials_sv, trauma_informed = excluded.trauma_informed")
                .params(reviewer.id(), reviewer.name(), reviewer.credentialsEn(), reviewer.credentialsSv(), reviewer.traumaInformed())
                .update();
    }
}
