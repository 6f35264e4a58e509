package app.temple.content.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.stream.Collectors;

/** The hash of every content file as it was last loaded. */
@Repository
class LoadedFiles {

    private final JdbcClient jdbc;

    LoadedFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every path with its hash, read at once: one query on start instead of one per file. */
    Map<String, String> all() {
        return jdbc.sql("select path, hash from content_file")
                .query((row, number) -> Map.entry(row.getString("path"), row.getString("hash"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void record(String path, String hash) {
        jdbc.sql("""
                insert into content_file (path, hash, loaded_at) values (?, ?, now())
                on conflict (path) do update set hash = excluded.hash, loaded_at = excluded.loaded_at
                """).params(path, hash).update();
    }
}
