package app.temple.account.internal;

import app.temple.site.ChangeFeed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Sessions (Spring Session JDBC, enabled in {@link AccountSecurity}, kept on each node by {@link CachedSessions}):
 * what a stored session may hold, the cookie that carries it, and a new session id at a passkey sign-in as at every other.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Primary over any plain DefaultCookieSerializer: one name per scheme (see {@link SessionCookie}). */
    @Bean
    @Primary
    CookieSerializer sessionCookieByScheme() {
        return new SessionCookie();
    }

    /** Primary, so that Spring Session's filter and {@link ActiveSessions} read sessions through this node's copies. */
    @Bean
    @Primary
    CachedSessions cachedSessions(JdbcIndexedSessionRepository stored, ChangeFeed feed) {
        return new CachedSessions(stored, feed);
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
