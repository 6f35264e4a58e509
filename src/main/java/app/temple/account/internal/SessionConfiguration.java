package app.temple.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Sessions (Spring Session JDBC, enabled in {@link AccountSecurity}): what a stored session may hold, the
 * cookie that carries it, and a new session id at a passkey sign-in as at every other.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Primary over any plain DefaultCookieSerializer: one name per scheme (see {@link SessionCookie}). */
    @Bean
    @Primary
    CookieSerializer sessionCookieByScheme() {
        return new SessionCookie();
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> minimalSessionContents() {
        return repository -> repository.setConversionService(
                SessionContents.conversionService(SessionConfiguration.class.getClassLoader()));
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> longSessionIds() {
        return repository -> repository.setSessionIdGenerator(new RandomSessionIds());
    }
}
