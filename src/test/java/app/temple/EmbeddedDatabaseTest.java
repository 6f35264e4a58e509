package app.temple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void whatWasStoredSurvivesARestart() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory)) {
            execute(first, "create table kept (note text)", "insert into kept values ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory);
             Connection connection = DriverManager.getConnection(second.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aSecondStartOnTheSameDirectoryGetsAClearMessageAndLeavesTheFirstRunning() throws SQLException {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDirectory)) {
            execute(running, "create table kept (note text)");

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory))
                    .isInstanceOf(EmbeddedDatabase.DataDirectoryInUseException.class)
                    .hasMessageContaining("Another Temple is already running")
                    .hasMessageContaining(dataDirectory.toAbsolutePath().toString());

            execute(running, "insert into kept values ('the first server still works')");
        }
    }

    private static void execute(EmbeddedDatabase database, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
