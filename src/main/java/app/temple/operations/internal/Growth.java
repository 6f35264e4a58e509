package app.temple.operations.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --temple.grow} (optionally {@code --temple.grow.scale=0.1}) fills the configured database with a grown
 * platform's worth of data and then exits: the benchmark's {@code --large} data. It runs after the starting content
 * is loaded ({@code ContentLoader} is order 0), because the grown rows point at its courses, lessons, quizzes and
 * practitioners. Without the property it does nothing and the platform serves.
 */
@Component
@Order(100)
class Growth implements ApplicationRunner {

    static final String PROPERTY = "temple.grow";
    static final String SCALE = "temple.grow.scale";

    private static final Logger log = LoggerFactory.getLogger(Growth.class);

    private final Environment environment;
    private final GrownData data;
    private final ConfigurableApplicationContext context;

    Growth(Environment environment, GrownData data, ConfigurableApplicationContext context) {
        this.environment = environment;
        this.data = data;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String given = environment.getProperty(PROPERTY);
        if (given == null || "false".equalsIgnoreCase(given)) {
            return;
        }
        double scale = environment.getProperty(SCALE, Double.class, 1.0);
        long started = System.nanoTime();
        GrownData.Counts counts = data.grow(GrownData.Targets.scaled(scale));
        log.info("Grew the database in {} s: {}", (System.nanoTime() - started) / 1_000_000_000, counts);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
