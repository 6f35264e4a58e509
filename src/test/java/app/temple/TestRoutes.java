package app.temple;

import app.temple.account.AccessRules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routes that exist only in tests: one that fails, to see the error page a reader would get, and one that nobody
 * wrote a rule for, to see that the chain refuses it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestRoutes.Broken.class)
public class TestRoutes {

    public static final String BROKEN = "/test/broken";
    public static final String UNRULED = "/test/unruled";

    @Bean
    AccessRules brokenIsPublic() {
        return rules -> rules.requestMatchers(BROKEN).permitAll();
    }

    @RestController
    static class Broken {
        @GetMapping(BROKEN)
        String broken() {
            throw new IllegalStateException("secret detail");
        }

        @GetMapping(UNRULED)
        String unruled() {
            return "this answer must never be seen: no rule names this route";
        }
    }
}
