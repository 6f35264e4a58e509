package app.temple.site.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts the shared-page filter first in line, before metrics, sessions and the security chain. Under
 * {@code ./mvnw spring-boot:run} templates reload as they are edited, so pages are not kept there: a kept page
 * would hide the edit.
 */
@Configuration(proxyBeanMethods = false)
class SharedPages {

    @Bean
    FilterRegistrationBean<SharedPageFilter> sharedPageFilter(SharedPageStore store, LocaleResolver localeResolver,
                                                              @Value("${server.servlet.session.cookie.name}") String sessionCookie,
                                                              MeterRegistry meters,
                                                              @Value("${gg.jte.development-mode:false}") boolean templatesReload) {
        FilterRegistrationBean<SharedPageFilter> registration =
                new FilterRegistrationBean<>(new SharedPageFilter(store, localeResolver, sessionCookie, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        registration.setEnabled(!templatesReload);
        return registration;
    }
}
