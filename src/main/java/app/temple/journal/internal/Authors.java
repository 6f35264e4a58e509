package app.temple.journal.internal;

import org.springframework.jdbc.core.RowMapper;
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

    private static final RowMapper<Author> ROW = (rs, n) -> new Author(rs.getString("id"), rs.getString("name"),
            rs.getString("name_sv"), rs.getString("bio_en"), rs.getString("bio_sv"));

    public Optional<Author> find(String id) {
        return jdbc.sql("select * from journal_author where id = ?").param(id).query(ROW).optional();
    }

    public Author named(String id) {
        return find(id).orElseGet(() -> Author.unknown(id));
    }

    public List<Author> all() {
        return jdbc.sql("select * from journal_author order by name").query(ROW).list();
    }

    void save(Author author) {
        jdbc.sql("insert into journal_author (id, name, name_sv, bio_en, bio_sv) values (?, ?, ?, ?, ?) on conflict (id) do update "
                        + "set name = excluded.name, name_sv = excluded.name_sv, bio_en = excluded.bio_en, bio_sv = excluded.bio_sv")
                .params(author.id(), author.name(), author.nameSv(), author.bioEn(), author.bioSv()).update();
    }
}
