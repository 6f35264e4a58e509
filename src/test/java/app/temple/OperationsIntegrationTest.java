package app.temple;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class OperationsIntegrationTest {

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
    void prometheusMetricsAreExposed() {
        new Http(port).get("/");
        var response = new Http(port).get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(new Http(port).get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/actuator/beans").statusCode()).isEqualTo(404);
    }
}
