package app.temple.journal.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
public class Authors {

    private final JdbcClient jdbc;

    Authors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Author> find(String id) {
        return jdbc.sql("select id, name, bio_en, bio_sv from journal_author where id = ?").param(id)
                .query((rs, n) -> new Author(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
    }

    public Author named(String id) {
        return find(id).orElseGet(() -> Author.unknown(id));
    }

    public List<Author> all() {
        return jdbc.sql("select id, name, bio_en, bio_sv from journal_author order by name")
                .query((rs, n) -> new Author(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    void save(Author author) {
        jdbc.sql("insert into journal_author (id, name, bio_en, bio_sv) values (?, ?, ?, ?) on conflict (id) do update "
                        + "set name = excluded.name, bio_en = excluded.bio_en, bio_sv = excluded.bio_sv")
                .params(author.id(), author.name(), author.bioEn(), author.bioSv()).update();
    }
}
