package app.temple;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

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

    /**
     * One kept-alive connection serves more requests than Tomcat's 100 and the 1,000 we had before: every new
     * connection's buffers were promoted to the old generation and filled it (application.properties).
     */
    @Test
    void aKeptAliveConnectionServesWellOverAThousandRequests() throws IOException {
        byte[] request = "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int served = 0; served < 1_500; served++) {
                out.write(request);
                out.flush();
                String head = head(in);
                assertThat(head).as("answer %d", served + 1).startsWith("HTTP/1.1 200");
                assertThat(head.lines().filter(line -> line.toLowerCase().startsWith("connection:")))
                        .as("answer %d closes the connection", served + 1)
                        .noneMatch(line -> line.toLowerCase().contains("close"));
                in.readNBytes(contentLength(head));
            }
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0d0a0d0a) { // CR LF CR LF: the end of the head
            int next = in.read();
            assertThat(next).as("the connection stays open").isNotNegative();
            head.write(next);
            lastFour = lastFour << 8 | next;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        return head.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring("content-length:".length()).strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no content length in " + head));
    }
}
