package app.temple.operations;

import app.temple.Http;
import app.temple.TempleApplication;
import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server listens before the starting content is loaded. Until the load is done, readiness must say DOWN and
 * no page may be served (and so cached) from a half-empty database. A content kind that waits for the test holds
 * the load open while the test looks.
 */
class StartingGateIntegrationTest {

    static final CountDownLatch LOADING = new CountDownLatch(1);
    static final CountDownLatch MAY_FINISH = new CountDownLatch(1);

    @TempDir
    Path content;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void nothingButTheProbesIsServedUntilTheContentIsLoaded() throws Exception {
        Files.createDirectories(content.resolve("held"));
        // a new hash each run, so that the file is loaded (and the load held) even on a database that saw it before
        Files.writeString(content.resolve("held/note.txt"), UUID.randomUUID().toString());
        CompletableFuture<Integer> port = new CompletableFuture<>();
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(TempleApplication.class, HeldKind.class)
                        .listeners(event -> {
                            if (event instanceof WebServerInitializedEvent initialized) {
                                port.complete(initialized.getWebServer().getPort());
                            }
                        })
                        .run("--server.port=0", "--temple.content-dir=" + content));
        try {
            assertThat(LOADING.await(4, TimeUnit.MINUTES)).as("the content load began").isTrue();
            Http http = new Http(port.get(10, TimeUnit.SECONDS));

            HttpResponse<String> readiness = http.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).endsWith(",\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            for (String page : new String[]{"/quizzes", "/journal", "/", "/api/quizzes"}) {
                HttpResponse<String> refused = http.get(page, "Accept-Language", "sv");
                assertThat(refused.statusCode()).as(page).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).as(page).hasValue("5");
                assertThat(refused.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
            }

            MAY_FINISH.countDown();
            try (ConfigurableApplicationContext context = started.get(2, TimeUnit.MINUTES)) {
                assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
                assertThat(http.get("/quizzes").statusCode()).isEqualTo(200);
            }
        } finally {
            MAY_FINISH.countDown();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HeldKind {
        @Bean
        ContentKind held() {
            return new ContentKind() {
                @Override
                public String folder() {
                    return "held";
                }

                @Override
                public boolean accepts(Path relativePath) {
                    return true;
                }

                @Override
                public void load(ContentFile file) {
                    LOADING.countDown();
                    try {
                        MAY_FINISH.await(3, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }
}
