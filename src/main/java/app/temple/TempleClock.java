package app.temple;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one source of time, injected everywhere so that tests can drive it. */
@Configuration(proxyBeanMethods = false)
public class TempleClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
