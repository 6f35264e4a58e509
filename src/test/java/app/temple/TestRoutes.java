package app.temple;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routes that exist only in tests, e.g. one that fails, to see the error page a reader would get. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestRoutes.Broken.class)
public class TestRoutes {

    @RestController
    static class Broken {
        @GetMapping("/test/broken")
        String broken() {
            throw new IllegalStateException("secret detail");
        }
    }
}
