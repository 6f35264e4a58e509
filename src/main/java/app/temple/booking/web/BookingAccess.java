package app.temple.booking.web;

import app.temple.account.AccessRules;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who helps with what, the practitioners, their profiles and their free times are public: a visitor can see whether
 * a time suits her before she has an account. Confirming and booking, and everything about her own sessions, are a
 * member's after a complete sign-in; whose a booking is, the pages check (another's is a 404).
 */
@Component
class BookingAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/sessions/practitioners/*/*/confirm").access(SignInRules.member())
                .requestMatchers(HttpMethod.POST, "/sessions/practitioners/*/*/book").access(SignInRules.member())
                .requestMatchers(HttpMethod.GET, BookingRoutes.INDEX, "/sessions/*", "/sessions/practitioners/*",
                        "/sessions/practitioners/*/*").permitAll()
                .requestMatchers(HttpMethod.GET, BookingRoutes.MINE, "/account/bookings/*", "/account/bookings/*/move")
                .access(SignInRules.member())
                .requestMatchers(HttpMethod.POST, "/account/bookings/*/move", "/account/bookings/*/cancel",
                        "/account/bookings/*/shared")
                .access(SignInRules.member());
    }
}
