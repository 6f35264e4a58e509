package app.temple.account.internal;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.site.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.time.Duration;
import java.util.List;

/**
 * The one security filter chain: the site's header baseline, CSRF on every form, sign-in by password,
 * emailed link or passkey, sessions in PostgreSQL, and the rules for who may see what.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession
class AccountSecurity {

    /**
     * Argon2id with OWASP's first recommended setting: 19 MiB of memory, 2 iterations, parallelism 1,
     * a 16-byte salt and a 32-byte hash.
     */
    @Bean
    static PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    /**
     * Password sign-in. Spring's provider hashes a dummy password for an unknown address, so an unknown
     * account takes as long to refuse as a wrong password.
     */
    @Bean
    AuthenticationManager authenticationManager(MemberDetails members, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider passwords = passwordProvider(members, passwordEncoder);
        ProviderManager manager = new ProviderManager(passwords);
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    static DaoAuthenticationProvider passwordProvider(MemberDetails members, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(members);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, List<AccessRules> moduleRules, SignInOutcomes outcomes,
                                    RateLimits limits, SecurityLog securityLog, SignInLinks signInLinks,
                                    @Value("${temple.session.absolute-lifetime}") Duration absoluteLifetime,
                                    java.time.Clock clock, Passkeys.RelyingParty relyingParty) throws Exception {
        SecurityHeaders.applyTo(http)
                // a cookie, not the session, carries the CSRF token: a visitor filling in a form gets no session
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/quizzes/**")) // quiz module: the stateless score API reads no cookie
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(outcomes).failureHandler(outcomes).permitAll())
                .oneTimeTokenLogin(ott -> ott
                        .tokenGeneratingUrl("/sign-in/link")
                        .tokenService(signInLinks)
                        .tokenGenerationSuccessHandler(signInLinks)
                        .loginProcessingUrl("/sign-in/link/use")
                        .showDefaultSubmitPage(false)
                        .successHandler(outcomes)
                        .failureHandler((request, response, e) -> response.sendRedirect("/sign-in?expired")))
                .webAuthn(passkeys -> passkeys
                        .rpId(relyingParty.id())
                        .rpName(relyingParty.name())
                        .allowedOrigins(relyingParty.origin())
                        .disableDefaultRegistrationPage(true))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out")
                        .deleteCookies("temple_session"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler(new SecondFactorRedirect()))
                .addFilterBefore(new SignInGuard(limits, securityLog), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetime(absoluteLifetime, clock), org.springframework.security.web.session.SessionManagementFilter.class)
                .authorizeHttpRequests(rules -> {
                    moduleRules.forEach(module -> module.configure(rules));
                    rules.requestMatchers(SecondFactor.CHALLENGE).authenticated()
                            .requestMatchers(SecondFactor.ENROL, SecondFactor.ENROL + "/**").authenticated()
                            .requestMatchers("/admin/**").access(AuthorizationManagers.allOf(new SecondFactor(true),
                                    AuthorityAuthorizationManager.hasAuthority(Role.ADMIN.authority())))
                            .requestMatchers("/account/**").access(new SecondFactor(true))
                            .anyRequest().permitAll();
                });
        return http.build();
    }

    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("temple_csrf");
        repository.setParameterName("_csrf");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict").path("/"));
        return repository;
    }

    @Bean
    DefaultCookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("temple_session");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        // Secure follows the request: set behind HTTPS (X-Forwarded-Proto), not on plain localhost
        return cookie;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIdleTimeout(
            @Value("${temple.session.idle-timeout}") Duration idleTimeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(idleTimeout);
    }
}
