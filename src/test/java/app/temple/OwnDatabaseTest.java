package app.temple;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The URL of a test's own database, on the server of the shared one, whichever way that server was named; and the
 * databases a killed run left behind, dropped by a later one.
 */
class OwnDatabaseTest {

    @Test
    void theDatabaseIsReplacedAndTheParametersKept() {
        assertThat(OwnDatabase.withDatabase("jdbc:postgresql://localhost:54321/postgres?user=postgres", "temple_smtp_1"))
                .isEqualTo("jdbc:postgresql://localhost:54321/temple_smtp_1?user=postgres");
        assertThat(OwnDatabase.withDatabase("jdbc:postgresql://db:5432/temple?sslmode=verify-full&ssl=true", "own"))
                .isEqualTo("jdbc:postgresql://db:5432/own?sslmode=verify-full&ssl=true");
        assertThat(OwnDatabase.withDatabase("jdbc:postgresql://db-1:5432,db-2:5432/temple", "own"))
                .isEqualTo("jdbc:postgresql://db-1:5432,db-2:5432/own");
    }

    @Test
    void aServerNamedWithoutADatabaseGetsOne() {
        assertThat(OwnDatabase.withDatabase("jdbc:postgresql://db:5432", "own")).isEqualTo("jdbc:postgresql://db:5432/own");
        assertThat(OwnDatabase.withDatabase("jdbc:postgresql://db:5432/?user=temple", "own"))
                .isEqualTo("jdbc:postgresql://db:5432/own?user=temple");
    }

    @Test
    void aUrlWithoutAServerIsRefusedWithoutItsParameters() {
        assertThatThrownBy(() -> OwnDatabase.withDatabase("jdbc:postgresql:temple?password=secret", "own"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jdbc:postgresql://host:port/database").hasMessageNotContaining("secret");
    }

    @Test
    void aDatabaseLeftBehindLongerThanADayIsDroppedWhenTheNextIsMadeAndAYoungerOneIsKept() {
        Instant now = Instant.now();
        OwnDatabase leftBehind = OwnDatabase.create("temple_own_test", now.minus(Duration.ofDays(2)));
        OwnDatabase stillInUse = OwnDatabase.create("temple_own_test", now.minus(Duration.ofHours(1)));
        try (OwnDatabase made = OwnDatabase.create("temple_own_test", now)) {
            assertThat(OwnDatabase.exists(leftBehind.name())).as("made two days ago").isFalse();
            assertThat(OwnDatabase.exists(stillInUse.name())).as("made an hour ago").isTrue();
            assertThat(OwnDatabase.exists(made.name())).isTrue();
        } finally {
            stillInUse.close();
            leftBehind.close();
        }
        assertThat(OwnDatabase.exists(stillInUse.name())).isFalse();
    }
}
