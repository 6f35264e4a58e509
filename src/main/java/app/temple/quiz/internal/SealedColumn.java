package app.temple.quiz.internal;

import app.temple.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

/**
 * The quiz tables' sealed column, moved to the vault's primary key after a rotation: every table that seals a
 * member's answers (kept and held results) has a row key, her id and a {@code sealed} value.
 */
final class SealedColumn {

    private SealedColumn() {
    }

    /**
     * @param table a quiz table with {@code member_id} and {@code sealed} columns; a constant, never input
     * @param key   the column that names one row; a constant, never input
     * @return how many values were sealed again
     */
    static int reseal(JdbcClient jdbc, Vault vault, String table, String key, String field) {
        record Row(UUID key, UUID member, byte[] sealed) {
        }
        List<Row> rows = jdbc.sql("select " + key + ", member_id, sealed from " + table)
                .query((row, i) -> new Row((UUID) row.getObject(key), (UUID) row.getObject("member_id"), row.getBytes("sealed")))
                .list();
        int count = 0;
        for (Row row : rows) {
            if (!vault.isCurrent(row.sealed())) {
                jdbc.sql("update " + table + " set sealed = ? where " + key + " = ? and member_id = ?")
                        .params(vault.reseal(row.member(), field, row.sealed()), row.key(), row.member()).update();
                count++;
            }
        }
        return count;
    }
}
