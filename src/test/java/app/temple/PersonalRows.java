package app.temple;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds every row that still mentions a member, by searching every column of every table that could hold
 * her id or her address. The columns come from the schema, so tables added later are covered too.
 */
public final class PersonalRows {

    private PersonalRows() {
    }

    /**
     * "table.column (rows)" for each column holding her id or address somewhere. Letters on their way (the one
     * saying her account is gone holds her address) leave the queue within moments of their commit: they are
     * waited for first.
     */
    public static List<String> mentioning(JdbcClient jdbc, UUID id, String email) {
        awaitTheOutgoingLetters(jdbc);
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'public' and table_name <> 'flyway_schema_history'
                  and data_type in ('uuid', 'text', 'character varying', 'character', 'bytea')
                """).query().listOfRows();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(:id, 'UTF8') in \"%1$s\") > 0 or position(convert_to(:email, 'UTF8') in \"%1$s\") > 0"
                    : "\"%1$s\"::text ilike '%%' || :id || '%%' or \"%1$s\"::text ilike '%%' || :email || '%%'";
            int rows = jdbc.sql("select count(*) from \"" + table + "\" where " + String.format(condition, name))
                    .param("id", id.toString()).param("email", email).query(Integer.class).single();
            if (rows > 0) {
                found.add(table + "." + name + " (" + rows + ")");
            }
        }
        return found;
    }

    private static void awaitTheOutgoingLetters(JdbcClient jdbc) {
        for (int i = 0; i < 100 && jdbc.sql("select count(*) from mail_queue where failed_at is null")
                .query(Integer.class).single() > 0; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
