package app.temple;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Temple: a private, science-based platform for women's sexual wellbeing.
 * Each top-level package below this one is an application module (see {@code ModularityTests}).
 */
@SpringBootApplication
public class TempleApplication {

    public static void main(String[] args) {
        SpringApplication.run(TempleApplication.class, args);
    }
}
