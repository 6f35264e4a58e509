package app.temple;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows in each table of the public schema, to show that a refused request stored nothing. */
public final class TableRows {

    private TableRows() {
    }

    /** Table name to row count, for every table but those named. */
    public static Map<String, Integer> count(JdbcClient jdbc, List<String> except) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE'").query(String.class).list();
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : tables) {
            if (!except.contains(table)) {
                counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Integer.class).single());
            }
        }
        return counts;
    }
}
