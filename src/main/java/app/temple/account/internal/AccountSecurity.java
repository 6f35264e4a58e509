package app.temple.account.internal;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import app.temple.account.SignInState;
import jakarta.servlet.DispatcherType;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import app.temple.site.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
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

import java.time.Duration;
import java.util.List;

/**
 * The one security filter chain: the site's header baseline, CSRF on every form, sign-in by password,
 * emailed link or passkey, sessions in PostgreSQL, and the rules for who may see what. The rules name what is
 * public and what each route needs, and end by refusing everything else: a route added without a rule is refused,
 * and the route × actor test fails until it has an expectation.
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

    /**
     * No observation around each security filter. With the observations turned off by property, every filter of
     * every request was still wrapped in an observing decorator that observed nothing; this setting leaves the chain
     * undecorated. Request metrics ({@code http.server.requests}) are unaffected.
     */
    @Bean
    static SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, List<AccessRules> moduleRules, SignInOutcomes outcomes,
                                    RateLimits limits, SecurityLog securityLog, SignInLinks signInLinks,
                                    @Value("${temple.session.absolute-lifetime}") Duration absoluteLifetime,
                                    java.time.Clock clock, ApplicationContext context) throws Exception {
        String[] stateless = moduleRules.stream().flatMap(module -> module.statelessPaths().stream()).toArray(String[]::new);
        List<String> formTargets = moduleRules.stream().flatMap(module -> module.formTargets().stream()).distinct().toList();
        SecurityHeaders.applyTo(http, formTargets)
                // a cookie, not the session, carries the CSRF token: a visitor filling in a form gets no session
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).ignoringRequestMatchers(stateless))
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
                // the relying party (user verification required) is the Passkeys.Repositories bean
                .webAuthn(passkeys -> passkeys
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(passkeySignIn(outcomes)))
                // Spring Session expires the session cookie under the name its scheme uses (SessionCookie)
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .accessDeniedHandler(new SecondFactorRedirect()))
                .addFilterBefore(new SignInGuard(limits, securityLog), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetime(absoluteLifetime, clock), org.springframework.security.web.session.SessionManagementFilter.class)
                .addFilterAfter(new PasskeyRegistrationGate(clock), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(rules -> {
                    // the error page renders whatever went wrong, for whoever it went wrong for
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    signingIn(rules, clock);
                    moduleRules.forEach(module -> module.configure(rules));
                    site(rules);
                    rules.requestMatchers("/admin/**").access(SignInRules.staff(Role.ADMIN))
                            .requestMatchers("/account/**").access(SignInRules.member())
                            .requestMatchers(new UnmappedPaths(context)).permitAll()
                            .anyRequest().denyAll();
                });
        return http.build();
    }

    /**
     * Signing in, up and out. A sign-in that is not complete reaches the second-factor page and, for a staff
     * account with none yet, the enrolment of a first authenticator app; nothing else behind sign-in.
     */
    private static void signingIn(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules,
                                  java.time.Clock clock) {
        rules.requestMatchers(HttpMethod.GET, "/sign-in", "/sign-in/link", "/sign-in/link/sent", "/sign-in/link/use",
                        "/sign-up", "/sign-up/check-email", "/verify-email", "/verify-email/change", "/password-reset",
                        "/password-reset/sent", "/password-reset/new", "/invitation").permitAll()
                .requestMatchers(HttpMethod.POST, "/sign-in", "/sign-in/link", "/sign-in/link/use", "/sign-up", "/verify-email",
                        "/verify-email/change",
                        "/password-reset", "/password-reset/new", "/invitation", "/sign-out",
                        "/webauthn/authenticate/options", "/login/webauthn").permitAll()
                .requestMatchers(SecondFactor.CHALLENGE).access(firstFactorGiven())
                .requestMatchers(SecondFactor.ENROL).access(enrolling())
                .requestMatchers(HttpMethod.POST, "/webauthn/register").access(SignInRules.memberFreshlyConfirmed(clock));
    }

    /** The site's own pages and files, and the health probe a load balancer asks. */
    private static void site(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/", "/privacy", "/help", "/about", "/quick-exit", "/favicon.svg", "/css/**", "/js/**",
                        "/webjars/**", "/v3/api-docs", "/v3/api-docs.yaml", "/actuator/health", "/actuator/health/**").permitAll()
                // development only: the controller itself answers 404 unless letters are kept in the outbox
                .requestMatchers(HttpMethod.GET, "/dev/outbox").permitAll();
    }

    /** The second-factor page: a member who has given at least her first factor. */
    private static AuthorizationManager<RequestAuthorizationContext> firstFactorGiven() {
        return (authentication, context) -> new AuthorizationDecision(SignInState.of(authentication.get()) != SignInState.ANONYMOUS);
    }

    /**
     * The authenticator page: a complete sign-in, or a staff account enrolling its first authenticator. A member
     * whose app is on but who has not given its code is refused, so a password alone cannot reach her app's page.
     */
    private static AuthorizationManager<RequestAuthorizationContext> enrolling() {
        return (authentication, context) -> {
            SignInState state = SignInState.of(authentication.get());
            return new AuthorizationDecision(state == SignInState.COMPLETE || state == SignInState.MUST_ENROL);
        };
    }

    /** A passkey sign-in gets a new session id and the same bookkeeping as every other way in. */
    private static ObjectPostProcessor<WebAuthnAuthenticationFilter> passkeySignIn(SignInOutcomes outcomes) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                filter.setAuthenticationSuccessHandler(outcomes.forPasskeys());
                return filter;
            }
        };
    }

    static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName("temple_csrf");
        repository.setParameterName("_csrf");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict").path("/"));
        return repository;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionIdleTimeout(
            @Value("${temple.session.idle-timeout}") Duration idleTimeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(idleTimeout);
    }
}
