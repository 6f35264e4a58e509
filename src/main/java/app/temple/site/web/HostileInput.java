package app.temple.site.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Puts {@link HostileInputFilter} right after character encoding, metrics and the shared-page cache (which only
 * answers GETs without a query string), and before sessions (order {@code MIN_VALUE + 50}) and Spring Security
 * ({@code -100}), so that a refused request loads no session and reaches no sign-in filter. The error dispatch
 * passes it too, so that the error page of a refused request is rendered without the refused input.
 */
@Configuration(proxyBeanMethods = false)
class HostileInput {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<HostileInputFilter> hostileInputFilter(
            @Value("${temple.input.api-body-limit}") DataSize api,
            @Value("${temple.input.editor-body-limit}") DataSize editor,
            @Value("${temple.input.body-limit}") DataSize other,
            @Value("${temple.input.upload-body-limit}") DataSize upload,
            @Value("${temple.input.upload-paths}") List<String> uploadPaths) {
        FilterRegistrationBean<HostileInputFilter> registration = new FilterRegistrationBean<>(
                new HostileInputFilter(new BodyLimits(api, editor, other, upload, uploadPaths)));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
