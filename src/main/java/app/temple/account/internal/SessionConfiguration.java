package app.temple.account.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
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

    /**
     * Spring Security 7.1's passkey configurer builds its sign-in filter without the chain's session
     * fixation strategy (form login and the emailed link get it), so a passkey sign-in would keep the
     * session id it arrived with, e.g. one an attacker obtained from {@code /webauthn/authenticate/options}
     * and planted. The configurer passes the filter through the chain's object post-processor, which runs
     * the bean post-processors; this one gives the filter the same change-of-id strategy.
     */
    @Bean
    static BeanPostProcessor passkeySignInChangesSessionId() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof WebAuthnAuthenticationFilter passkeys) {
                    passkeys.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                }
                return bean;
            }
        };
    }
}
