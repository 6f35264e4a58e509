package app.temple.mail.internal;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevelopmentOutboxGuardTest {

    @Test
    void anExternalDatabaseWithoutAMailServerStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/temple");

        assertThatThrownBy(() -> DevelopmentOutboxGuard.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("TEMPLE_SMTP_HOST", "TEMPLE_DEV_OUTBOX=true");
    }

    @Test
    void anHttpsPublicAddressWithoutAMailServerStopsTheStart() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.public-url", "https://temple.example");

        assertThatThrownBy(() -> DevelopmentOutboxGuard.check(environment)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sayingSoInSoManyWordsKeepsTheOutbox() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.public-url", "https://temple.example")
                .withProperty("temple.mail.dev-outbox", "true");

        assertThatCode(() -> DevelopmentOutboxGuard.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedDatabaseOnLocalhostIsDevelopment() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.public-url", "http://localhost:8080");
        environment.getPropertySources().addFirst(new MapPropertySource("temple-embedded-database",
                Map.of("spring.datasource.url", "jdbc:postgresql://localhost:54321/postgres")));

        assertThatCode(() -> DevelopmentOutboxGuard.check(environment)).doesNotThrowAnyException();
    }
}
