package app.temple.vault.internal;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * A vault command must not take the port of a Temple that serves, nor be reachable while it works: it listens on
 * a free port of the loopback interface only. (The web layer stays: the platform's beans expect it.)
 */
class VaultCommandEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (VaultCommand.of(environment).isPresent()) {
            environment.getPropertySources().addFirst(new MapPropertySource("temple-vault-command",
                    Map.of("server.port", "0", "server.address", "127.0.0.1")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
