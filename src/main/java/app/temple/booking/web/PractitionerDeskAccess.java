package app.temple.booking.web;

import app.temple.account.AccessRules;
import app.temple.account.Role;
import app.temple.account.SignInRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The desk is a practitioner's alone (complete sign-in with a second factor); which sessions are hers, the pages
 * check (another practitioner's is a 404). Her calendar feed is open without a sign-in, since a calendar app cannot
 * sign in: the long secret in its address is the key, and a wrong one is a 404. The admins' practitioner pages are
 * the admins'.
 */
@Component
class PractitionerDeskAccess implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/desk/calendar/*.ics").permitAll()
                .requestMatchers(HttpMethod.GET, PractitionerDeskRoutes.DESK, "/desk/sessions/*",
                        PractitionerDeskRoutes.AVAILABILITY, PractitionerDeskRoutes.PROFILE, PractitionerDeskRoutes.CALENDAR,
                        PractitionerDeskRoutes.PHOTO_REMOVE, PractitionerDeskRoutes.CALENDAR_REVOKE, "/desk/sessions/*/refund")
                .access(SignInRules.staff(Role.PRACTITIONER))
                .requestMatchers(HttpMethod.POST, "/desk/sessions/*/no-show", "/desk/sessions/*/cancel", "/desk/sessions/*/refund",
                        "/desk/sessions/*/note", PractitionerDeskRoutes.AVAILABILITY, PractitionerDeskRoutes.PROFILE,
                        PractitionerDeskRoutes.SESSION_TYPES, PractitionerDeskRoutes.PHOTO,
                        PractitionerDeskRoutes.PHOTO_REMOVE, PractitionerDeskRoutes.CALENDAR_RENEW,
                        PractitionerDeskRoutes.CALENDAR_REVOKE)
                .access(SignInRules.staff(Role.PRACTITIONER))
                .requestMatchers(HttpMethod.GET, PractitionerDeskRoutes.ADMIN, "/admin/sessions/*/refund")
                .access(SignInRules.staff(Role.ADMIN))
                .requestMatchers(HttpMethod.POST, "/admin/sessions/*/refund").access(SignInRules.staff(Role.ADMIN))
                .requestMatchers(HttpMethod.POST, "/admin/practitioners/*/link", "/admin/practitioners/*/active")
                .access(SignInRules.staff(Role.ADMIN));
    }
}
