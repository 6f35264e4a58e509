package app.temple;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Points {@code spring.datasource.*} at an embedded PostgreSQL when no database is configured.
 * It runs before the context exists so that Flyway, Spring Session and everything else see one
 * ordinary datasource. One server per data directory and JVM: tests that start several contexts
 * share it.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private static Path ephemeral;

    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || aheadOfTimeProcessing()) {
            return;
        }
        Path dataDirectory = dataDirectory(environment);
        EmbeddedDatabase database = RUNNING.computeIfAbsent(dataDirectory, EmbeddedDatabaseEnvironment::startAndStopOnExit);
        log.info("Using the embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                + " (set TEMPLE_DATABASE_URL to use another server)");
        environment.getPropertySources().addFirst(new MapPropertySource("temple-embedded-database", Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    /** The build's ahead-of-time processing reads the bean definitions only: it needs no database. */
    private static boolean aheadOfTimeProcessing() {
        return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
    }

    private static Path dataDirectory(ConfigurableEnvironment environment) {
        if (environment.getProperty("temple.database.ephemeral", Boolean.class, false)) {
            return ephemeralDirectory();
        }
        return Path.of(environment.getProperty("temple.data-dir", "data")).toAbsolutePath().normalize();
    }

    /** One throw-away directory per JVM, so that every test context shares one server. */
    private static synchronized Path ephemeralDirectory() {
        if (ephemeral == null) {
            try {
                ephemeral = Files.createTempDirectory("temple-test-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeral;
    }

    private static EmbeddedDatabase startAndStopOnExit(Path dataDirectory) {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "temple-embedded-postgres-stop"));
        return database;
    }

    @Override
    public int getOrder() {
        // after the config files are read, so that TEMPLE_* settings and application.properties count
        return Ordered.LOWEST_PRECEDENCE;
    }
}
