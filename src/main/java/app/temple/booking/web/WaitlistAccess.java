package app.temple.booking.web;

import app.temple.account.AccessRules;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The waitlist and weekly series are a member's after a complete sign-in: joining, leaving, taking an offered time,
 * booking a series. Whose an entry or an offer is, the pages check (another's is a 404); an offer's link asks for the
 * sign-in first and then comes back.
 */
@Component
class WaitlistAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, WaitlistController.JOIN, WaitlistController.OFFER, SeriesController.SERIES)
                .access(SignInRules.member())
                .requestMatchers(HttpMethod.POST, WaitlistController.JOIN, WaitlistController.LEAVE, WaitlistController.OFFER,
                        SeriesController.SERIES)
                .access(SignInRules.member());
    }
}
