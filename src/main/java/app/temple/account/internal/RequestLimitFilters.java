package app.temple.account.internal;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link RequestLimits} as servlet filters on either side of Spring Security's chain, so the chain
 * itself needs no change: one just before it (network address), one just after it (the member it signed in).
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitFilters {

    @Bean
    FilterRegistrationBean<RequestLimits> limitsByAddress(RateLimits limits) {
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(limits, RequestLimits.BY_ADDRESS));
        registration.setName("requestLimitsByAddress");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimits> limitsByMember(RateLimits limits) {
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(limits, RequestLimits.BY_MEMBER));
        registration.setName("requestLimitsByMember");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
