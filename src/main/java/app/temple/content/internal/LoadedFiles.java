package app.temple.content.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The hash of every content file as it was last loaded. */
@Repository
class LoadedFiles {

    private final JdbcClient jdbc;

    LoadedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> hashOf(String path) {
        return jdbc.sql("select hash from content_file where path = ?").param(path).query(String.class).optional();
    }

    void record(String path, String hash) {
        jdbc.sql("""
                insert into content_file (path, hash, loaded_at) values (?, ?, now())
                on conflict (path) do update set hash = excluded.hash, loaded_at = excluded.loaded_at
                """).params(path, hash).update();
    }
}
