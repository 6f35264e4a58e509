package app.temple;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each table of the public schema holds, as a row count and a digest of every row, so that a test can show a
 * refused request stored nothing: an updated row shows as well as an inserted one. The tables come from the schema,
 * so tables added later are covered too.
 */
public final class TableContents {

    private TableContents() {
    }

    /** Table name to "rows:digest", for every table but those named. */
    public static Map<String, String> fingerprint(JdbcClient jdbc, Set<String> except) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'").query(String.class).list();
        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : tables) {
            if (!except.contains(table)) {
                fingerprints.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') "
                        + "from \"" + table + "\" t").query(String.class).single());
            }
        }
        return fingerprints;
    }
}
