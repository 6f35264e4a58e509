package app.temple.site.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security baseline for every response: CSRF on, strict headers, HSTS over HTTPS. Sign-in and
 * roles are added by the account module.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new SecurityHeaders()))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
