package app.temple;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class OperationsIntegrationTest {

    /** As the build sets it for tests (pom.xml). */
    static final String METRICS_TOKEN = "metrics-token-for-tests";

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUp() {
        assertThat(new Http(port).get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(new Http(port).get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readinessFollowsTheDatabase() {
        String readiness = new Http(port).get("/actuator/health/readiness").body();

        assertThat(readiness).contains("\"db\":{\"status\":\"UP\"}").doesNotContain("PostgreSQL", "jdbc:");
    }

    @Test
    void prometheusMetricsAreExposedToTheScraperWithTheToken() {
        new Http(port).get("/");
        var response = new Http(port).get("/actuator/prometheus", "Authorization", "Bearer " + METRICS_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void prometheusMetricsAreRefusedWithoutTheToken() {
        for (String[] headers : new String[][]{{}, {"Authorization", "Bearer wrong-token"},
                {"Authorization", "Bearer " + METRICS_TOKEN + "x"}, {"Authorization", "Basic " + METRICS_TOKEN},
                {"X-Forwarded-For", "127.0.0.1"}}) {
            var response = new Http(port).get("/actuator/prometheus", headers);

            assertThat(response.statusCode()).as("with %s", String.join(": ", headers)).isNotEqualTo(200);
            assertThat(response.body()).doesNotContain("jvm_memory_used_bytes");
        }
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(new Http(port).get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/actuator/beans").statusCode()).isEqualTo(404);
    }
}
