package app.temple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started as docs/deploy.md starts it in production: in its own JVM, from a folder that is not the
 * repository, with {@code -Dspring.aot.enabled=true}, so that its bean definitions come from the code the build's
 * ahead-of-time processing wrote and not from reading the configuration. The rest of the suite runs the ordinary
 * way; this is what proves that the processed jar is a working Temple too: it starts on its embedded database, serves
 * its pages in both languages, signs a new member up, and its letters reach the outbox it chose at start.
 */
class AheadOfTimeStartIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private Process temple;

    @AfterEach
    void stop() throws InterruptedException {
        if (temple != null) {
            temple.destroy();
            temple.waitFor();
        }
    }

    @Test
    void theProcessedJarStartsFromItsGeneratedDefinitionsAndWorks() throws Exception {
        Path folder = Files.createTempDirectory("temple-aot");
        Path log = folder.resolve("temple.log");
        int port = freePort();
        ProcessBuilder start = new ProcessBuilder(javaOfThisBuild(), "-Dspring.aot.enabled=true", "-Xmx256m", "-jar",
                packagedJar().toString(), "--server.port=" + port, "--temple.data-dir=" + folder.resolve("data"))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // its own embedded database, whatever server the other tests were pointed at
        start.environment().remove("TEMPLE_DATABASE_URL");
        temple = start.start();

        awaitReady(port, log);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(output).as("Spring Boot names a start from processed definitions").contains("Starting AOT-processed");
        assertThat(output).doesNotContain(" ERROR ");

        Http http = new Http(port);
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        assertThat(http.get("/", "Accept-Language", "sv").body()).contains("<html lang=\"sv\"");
        assertThat(http.get("/journal").statusCode()).isEqualTo(200);
        assertThat(http.get("/courses/foundation/f1-1").statusCode()).isEqualTo(200);

        String email = TestMembers.newAddress("aot");
        Visitor visitor = new Visitor(port);
        HttpResponse<String> signedUp = visitor.submit("/sign-up", "/sign-up", "email", email, "displayName", "Robin",
                "password", TestMembers.PASSWORD);
        assertThat(signedUp.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-up/check-email"));
        assertThat(Eventually.answer(() -> http.get("/dev/outbox").body(), body -> body.contains(email)))
                .as("her letter is in the outbox this node opened at start, with no mail server set").contains(email);
    }

    private static void awaitReady(int port, Path log) throws Exception {
        Http http = new Http(port);
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // the port opens late in the start
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within " + READY_WITHIN + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().matches("temple-.*\\.jar")).toList();
            assertThat(jars).as("the jar the package phase built").hasSize(1);
            return jars.getFirst().toAbsolutePath();
        }
    }

    private static String javaOfThisBuild() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
