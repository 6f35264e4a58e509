package app.temple.site.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import java.time.Duration;

/**
 * Marks static assets {@code immutable}: pages link them only by content-hashed names ({@code Page.asset}), so a
 * name never changes meaning and browsers need not ask again even on reload. Spring Boot's properties cover the
 * year-long max-age but have no switch for {@code immutable}, hence this touch on its resource handlers.
 */
@Component
class ImmutableAssets implements BeanPostProcessor {

    static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SimpleUrlHandlerMapping mapping && beanName.equals("resourceHandlerMapping")) {
            mapping.getUrlMap().values().forEach(handler -> {
                if (handler instanceof ResourceHttpRequestHandler resources) {
                    resources.setCacheControl(FOR_A_YEAR);
                }
            });
        }
        return bean;
    }
}
