package app.temple;

import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import app.temple.quiz.QuizTaker;
import java.util.Set;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps, and every endpoint of Spring Security's own, asked for with every HTTP method by
 * every kind of visitor, with the answer each must get. The routes are read from the running application: a route
 * added without an expectation here fails {@link #everyMappedRouteHasAnExpectation}, and one refused by nothing
 * fails the matrix. Answers: a status code; "in" for "reached its handler" (any answer that is not a refusal);
 * "sign-in" and "2fa" for the redirects to the sign-in and second-factor pages.
 */
@TempleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

    static final String PASSWORD = TestMembers.PASSWORD;
    /**
     * The member who owns the objects comes last: every other actor tries her objects first (and must get 404
     * where the route is hers alone), before she uses or deletes them.
     */
    static final List<String> ACTORS = List.of("visitor", "firstFactor", "otherMember", "practitioner", "editor", "admin", "member");
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    // expectations for visitor, first-factor member, other member, practitioner, editor, admin, member
    static final List<String> PUBLIC = List.of("200", "200", "200", "200", "200", "200", "200");
    static final List<String> REACHED_BY_ALL = List.of("in", "in", "in", "in", "in", "in", "in");
    static final List<String> MEMBERS = List.of("sign-in", "2fa", "200", "200", "200", "200", "200");
    static final List<String> MEMBERS_REACH = List.of("sign-in", "2fa", "in", "in", "in", "in", "in");
    static final List<String> HERS_ALONE = List.of("sign-in", "2fa", "404", "404", "404", "404", "in");
    static final List<String> ADMINS = List.of("sign-in", "2fa", "403", "403", "403", "in", "403");
    static final List<String> EDITORS = List.of("sign-in", "2fa", "403", "403", "in", "403", "403");
    static final List<String> PRACTITIONERS = List.of("sign-in", "2fa", "403", "in", "403", "403", "403");
    /** Adding a passkey: a complete sign-in confirmed in the last minutes, which none of these actors has. */
    static final List<String> FRESHLY_CONFIRMED = List.of("403", "403", "403", "403", "403", "403", "403");
    static final List<String> REFUSED = List.of("sign-in", "2fa", "403", "403", "403", "403", "403");
    static final List<String> NOT_FOUND = List.of("404", "404", "404", "404", "404", "404", "404");
    static final List<String> GONE = List.of("410", "410", "410", "410", "410", "410", "410");

    /** "METHOD pattern" as the application maps it, with a path to ask and the expected answers. */
    private final Map<String, Route> routes = new LinkedHashMap<>();

    record Route(String path, List<String> expected) {
    }

    private void route(String key, String path, List<String> expected) {
        routes.put(key, new Route(path, expected));
    }

    private void expectations(String result, String partnerLink, String booking) {
        // the site
        route("GET /", "/", PUBLIC);
        route("GET /privacy", "/privacy", PUBLIC);
        route("GET /help", "/help", PUBLIC);
        route("GET /about", "/about", PUBLIC);
        // Quick exit forgets what her browser keeps on its way to the neutral page
        route("GET /quick-exit", "/quick-exit", List.of("303", "303", "303", "303", "303", "303", "303"));
        // the error page is for the error dispatch; asked for directly, it is a route like any other without a rule
        route("ANY /error", "/error", REFUSED);
        // operations: the probes say only "up"; the metrics need the scraper's bearer token, which no actor has
        route("GET /actuator", "/actuator", REFUSED);
        route("GET /actuator/health", "/actuator/health", PUBLIC);
        route("GET /actuator/health/**", "/actuator/health/readiness", PUBLIC);
        route("GET /actuator/prometheus", "/actuator/prometheus", REFUSED);
        // Spring Security's default stylesheet and passkey script (DefaultResourcesFilter), which our pages do not use
        route("GET /default-ui.css", "/default-ui.css", PUBLIC);
        route("GET /login/webauthn.js", "/login/webauthn.js", PUBLIC);
        route("GET /v3/api-docs", "/v3/api-docs", PUBLIC);
        route("GET /v3/api-docs.yaml", "/v3/api-docs.yaml", PUBLIC);
        route("GET /dev/outbox", "/dev/outbox", PUBLIC);
        // signing up, in and out
        route("GET /sign-in", "/sign-in", PUBLIC);
        route("GET /sign-in/link", "/sign-in/link", PUBLIC);
        route("GET /sign-in/link/sent", "/sign-in/link/sent", PUBLIC);
        route("GET /sign-in/link/use", "/sign-in/link/use?token=x", PUBLIC);
        route("GET /sign-up", "/sign-up", PUBLIC);
        route("POST /sign-up", "/sign-up", REACHED_BY_ALL);
        route("GET /sign-up/check-email", "/sign-up/check-email", PUBLIC);
        route("GET /verify-email", "/verify-email?token=x", REACHED_BY_ALL);
        route("POST /verify-email", "/verify-email", REACHED_BY_ALL);
        route("GET /password-reset", "/password-reset", PUBLIC);
        route("POST /password-reset", "/password-reset", REACHED_BY_ALL);
        route("GET /password-reset/sent", "/password-reset/sent", PUBLIC);
        route("GET /password-reset/new", "/password-reset/new?token=x", REACHED_BY_ALL);
        route("POST /password-reset/new", "/password-reset/new", REACHED_BY_ALL);
        route("GET /invitation", "/invitation?token=x", REACHED_BY_ALL);
        route("POST /invitation", "/invitation", REACHED_BY_ALL);
        route("GET /sign-in/second-factor", "/sign-in/second-factor", List.of("sign-in", "200", "200", "200", "200", "200", "200"));
        route("POST /sign-in/second-factor", "/sign-in/second-factor", List.of("sign-in", "in", "in", "in", "in", "in", "in"));
        // her account
        route("GET /account", "/account", MEMBERS);
        route("GET /account/settings", "/account/settings", MEMBERS);
        route("GET /account/sessions", "/account/sessions", MEMBERS);
        // the steps that ask before something is ended or removed: asked without what to end, there is nothing to ask about
        route("GET /account/sessions/end", "/account/sessions/end", List.of("sign-in", "2fa", "404", "404", "404", "404", "404"));
        route("POST /account/sessions/end", "/account/sessions/end", MEMBERS_REACH);
        route("GET /account/sessions/end-others", "/account/sessions/end-others", MEMBERS);
        route("POST /account/sessions/end-others", "/account/sessions/end-others", MEMBERS_REACH);
        route("GET /account/confirm", "/account/confirm", MEMBERS);
        route("POST /account/confirm", "/account/confirm", MEMBERS_REACH);
        // the authenticator page is also where a staff account enrols its first app; a first factor alone never reaches it
        route("GET /account/security/totp", "/account/security/totp", MEMBERS_REACH);
        route("POST /account/security/totp", "/account/security/totp", MEMBERS_REACH);
        route("GET /account/security/totp/disable", "/account/security/totp/disable", MEMBERS);
        route("POST /account/security/totp/disable", "/account/security/totp/disable", MEMBERS_REACH);
        route("POST /account/security/totp/recovery-codes", "/account/security/totp/recovery-codes", MEMBERS_REACH);
        route("GET /account/security/password", "/account/security/password", MEMBERS_REACH);
        route("POST /account/security/password", "/account/security/password", MEMBERS_REACH);
        route("GET /account/security/email", "/account/security/email", MEMBERS_REACH);
        route("POST /account/security/email", "/account/security/email", MEMBERS_REACH);
        route("GET /verify-email/change", "/verify-email/change?token=x", REACHED_BY_ALL);
        route("POST /verify-email/change", "/verify-email/change", REACHED_BY_ALL);
        route("GET /account/security/passkeys", "/account/security/passkeys", MEMBERS);
        route("GET /account/security/passkeys/delete", "/account/security/passkeys/delete?id=none",
                List.of("sign-in", "2fa", "404", "404", "404", "404", "404"));
        route("POST /account/security/passkeys/delete", "/account/security/passkeys/delete", MEMBERS_REACH);
        route("GET /admin/staff", "/admin/staff", ADMINS);
        route("POST /admin/staff", "/admin/staff", ADMINS);
        route("POST /admin/staff/revoke", "/admin/staff/revoke", ADMINS);
        // billing: access grants are the admins' alone
        route("GET /admin/grants", "/admin/grants", ADMINS);
        route("POST /admin/grants", "/admin/grants", ADMINS);
        route("POST /admin/grants/revoke", "/admin/grants/revoke", ADMINS);
        // billing: products are the admins'; buying is for members; the provider's webhook is public (its signature is
        // checked, and with no provider set up, as here, there is nothing there)
        route("GET /admin/products", "/admin/products", ADMINS);
        route("POST /admin/products", "/admin/products", ADMINS);
        route("POST /admin/products/active", "/admin/products/active", ADMINS);
        route("GET /admin/payments", "/admin/payments", ADMINS);
        route("POST /billing/checkout", "/billing/checkout", MEMBERS_REACH);
        route("GET /billing/return", "/billing/return", MEMBERS_REACH);
        route("POST /billing/webhook", "/billing/webhook", NOT_FOUND);
        route("GET /account/purchases", "/account/purchases", MEMBERS);
        route("GET /account/purchases/{reference}", "/account/purchases/no-such-purchase-reference", HERS_ALONE);
        // her own customer portal at the provider, for her own membership only; without a provider, nothing to open
        route("POST /account/purchases/portal", "/account/purchases/portal", MEMBERS_REACH);
        // the practitioner's desk: hers alone (this practitioner has no profile linked, so a session is a 404 to her;
        // DeskIntegrationTest holds that another practitioner's session is a 404 to one who has); the calendar feed's
        // secret is its key, so it needs no sign-in and a made-up one is a 404 to everyone
        String noSession = "/desk/sessions/" + UUID.randomUUID();
        route("GET /desk", "/desk", PRACTITIONERS);
        route("GET /desk/sessions/{id}", noSession, PRACTITIONERS);
        route("POST /desk/sessions/{id}/note", noSession + "/note", PRACTITIONERS);
        route("POST /desk/sessions/{id}/no-show", noSession + "/no-show", PRACTITIONERS);
        route("POST /desk/sessions/{id}/cancel", noSession + "/cancel", PRACTITIONERS);
        route("GET /desk/sessions/{id}/refund", noSession + "/refund", PRACTITIONERS);
        route("POST /desk/sessions/{id}/refund", noSession + "/refund", PRACTITIONERS);
        route("GET /desk/availability", "/desk/availability", PRACTITIONERS);
        route("POST /desk/availability", "/desk/availability", PRACTITIONERS);
        route("GET /desk/profile", "/desk/profile", PRACTITIONERS);
        route("POST /desk/profile", "/desk/profile", PRACTITIONERS);
        route("POST /desk/profile/session-types", "/desk/profile/session-types", PRACTITIONERS);
        route("POST /desk/profile/photo", "/desk/profile/photo", PRACTITIONERS);
        route("GET /desk/profile/photo/remove", "/desk/profile/photo/remove", PRACTITIONERS);
        route("POST /desk/profile/photo/remove", "/desk/profile/photo/remove", PRACTITIONERS);
        route("GET /desk/calendar", "/desk/calendar", PRACTITIONERS);
        route("POST /desk/calendar/renew", "/desk/calendar/renew", PRACTITIONERS);
        route("GET /desk/calendar/revoke", "/desk/calendar/revoke", PRACTITIONERS);
        route("POST /desk/calendar/revoke", "/desk/calendar/revoke", PRACTITIONERS);
        route("GET /desk/calendar/{secret}.ics", "/desk/calendar/" + "A".repeat(43) + ".ics", NOT_FOUND);
        String noPractitioner = "/admin/practitioners/" + UUID.randomUUID();
        route("GET /admin/practitioners", "/admin/practitioners", ADMINS);
        route("POST /admin/practitioners/{id}/link", noPractitioner + "/link", ADMINS);
        route("POST /admin/practitioners/{id}/active", noPractitioner + "/active", ADMINS);
        String noBooking = "/admin/sessions/" + UUID.randomUUID();
        route("GET /admin/sessions/{id}/refund", noBooking + "/refund", ADMINS);
        route("POST /admin/sessions/{id}/refund", noBooking + "/refund", ADMINS);
        // privacy
        route("GET /account/privacy", "/account/privacy", MEMBERS);
        route("GET /account/privacy/export", "/account/privacy/export", MEMBERS_REACH);
        // asking before a consent is turned off; turning one on needs no second step, so there is nothing to ask
        route("GET /account/privacy/consents/{purpose}/{choice}", "/account/privacy/consents/emails/withdraw", MEMBERS);
        route("POST /account/privacy/consents/{purpose}/{choice}", "/account/privacy/consents/emails/give", MEMBERS_REACH);
        route("GET /account/privacy/erase", "/account/privacy/erase", MEMBERS_REACH);
        route("POST /account/privacy/erase", "/account/privacy/erase", MEMBERS_REACH);
        route("GET /erased", "/erased", PUBLIC);
        // the Journal
        route("GET /journal", "/journal", PUBLIC);
        route("GET /journal/tags/{tag}", "/journal/tags/science-based", PUBLIC);
        route("GET /journal/authors/{id}", "/journal/authors/temple-editorial", PUBLIC);
        route("GET /journal/search", "/journal/search?q=stress", PUBLIC);
        route("GET /journal/{slug}", "/journal/what-are-intimacy-issues", PUBLIC);
        route("GET /journal/sv/{slug}", "/journal/sv/what-are-intimacy-issues", PUBLIC);
        route("GET /journal/feed.atom", "/journal/feed.atom", PUBLIC);
        route("GET /sitemap.xml", "/sitemap.xml", PUBLIC);
        route("GET /robots.txt", "/robots.txt", PUBLIC);
        String noArticle = "/editor/journal/" + UUID.randomUUID();
        route("GET /editor/journal", "/editor/journal", EDITORS);
        route("GET /editor/journal/new", "/editor/journal/new", EDITORS);
        route("POST /editor/journal/new", "/editor/journal/new", EDITORS);
        route("GET /editor/journal/{id}", noArticle, EDITORS);
        route("POST /editor/journal/{id}", noArticle, EDITORS);
        route("GET /editor/journal/{id}/unpublish", noArticle + "/unpublish", EDITORS);
        route("POST /editor/journal/{id}/unpublish", noArticle + "/unpublish", EDITORS);
        route("POST /editor/journal/{id}/restore", noArticle + "/restore", EDITORS);
        route("POST /editor/journal/preview", "/editor/journal/preview", EDITORS);
        // lesson media: editors upload recordings and captions (admins are not editors by virtue of being admins)
        route("GET /editor/media", "/editor/media", EDITORS);
        route("POST /editor/media/{course}/{lesson}/recording", "/editor/media/foundation/f1-4/recording", EDITORS);
        route("POST /editor/media/{course}/{lesson}/captions", "/editor/media/foundation/f1-4/captions", EDITORS);
        // quizzes
        route("GET /quizzes", "/quizzes", PUBLIC);
        route("GET /quizzes/{slug}", "/quizzes/nervous-system", PUBLIC);
        route("GET /quizzes/{slug}/how-it-works", "/quizzes/desire-journey/how-it-works", PUBLIC);
        route("GET /quizzes/{slug}/questions", "/quizzes/attachment/questions", PUBLIC);
        route("POST /quizzes/{slug}/answer", "/quizzes/attachment/answer", REACHED_BY_ALL);
        // her result's page and its keeping are drawn from her own browser: without its cookie, back to the quiz
        route("GET /quizzes/{slug}/result", "/quizzes/attachment/result", REACHED_BY_ALL);
        route("GET /quizzes/{slug}/result/keep", "/quizzes/attachment/result/keep", REACHED_BY_ALL);
        route("POST /quizzes/{slug}/result/forget", "/quizzes/attachment/result/forget", REACHED_BY_ALL);
        route("POST /quizzes/{slug}/save", "/quizzes/attachment/save", MEMBERS_REACH);
        route("POST /quizzes/{slug}/partner", "/quizzes/communication-style/partner", MEMBERS_REACH);
        route("GET /api/quizzes", "/api/quizzes", PUBLIC);
        route("GET /api/quizzes/{slug}", "/api/quizzes/communication-style", PUBLIC);
        route("POST /api/quizzes/{slug}/score", "/api/quizzes/attachment/score", REACHED_BY_ALL);
        route("GET /api/quizzes.yaml", "/api/quizzes.yaml", List.of("301", "301", "301", "301", "301", "301", "301"));
        route("GET /account/quizzes", "/account/quizzes", MEMBERS);
        route("GET /account/quizzes/{id}/delete", "/account/quizzes/" + result + "/delete", HERS_ALONE);
        route("POST /account/quizzes/{id}/delete", "/account/quizzes/" + result + "/delete", HERS_ALONE);
        route("GET /account/quizzes/partners", "/account/quizzes/partners", MEMBERS);
        route("GET /account/quizzes/partners/{id}", partnerLink, HERS_ALONE);
        route("POST /account/quizzes/partners/{id}/reveal", partnerLink + "/reveal", HERS_ALONE);
        route("GET /account/quizzes/partners/{id}/withdraw", partnerLink + "/withdraw", HERS_ALONE);
        route("POST /account/quizzes/partners/{id}/withdraw", partnerLink + "/withdraw", HERS_ALONE);
        route("GET /account/quizzes/delete-all", "/account/quizzes/delete-all", MEMBERS);
        route("POST /account/quizzes/delete-all", "/account/quizzes/delete-all", MEMBERS_REACH);
        // courses: every page is public; a lesson without access says so on the page itself
        route("GET /courses", "/courses", PUBLIC);
        route("GET /courses/pause", "/courses/pause?back=/courses/foundation/f1-1", PUBLIC);
        route("GET /courses/{course}", "/courses/foundation", PUBLIC);
        route("GET /courses/{course}/{lesson}", "/courses/foundation/f1-2", PUBLIC);
        route("POST /courses/{course}/{lesson}/done", "/courses/foundation/f1-1/done", MEMBERS_REACH);
        // a lesson with no recording has nothing to serve; CourseMediaIntegrationTest holds who gets one that exists
        route("GET /courses/{course}/{lesson}/recording", "/courses/foundation/f1-1/recording", NOT_FOUND);
        route("GET /courses/{course}/{lesson}/captions", "/courses/foundation/f1-1/captions", NOT_FOUND);
        route("POST /courses/{course}/{lesson}/position", "/courses/foundation/f1-1/position", MEMBERS_REACH);
        route("POST /courses/{course}/{lesson}/undone", "/courses/foundation/f1-1/undone", MEMBERS_REACH);
        route("POST /courses/{course}/{lesson}/later", "/courses/foundation/f1-1/later", MEMBERS_REACH);
        route("POST /courses/{course}/{lesson}/reflection", "/courses/foundation/f1-1/reflection", MEMBERS_REACH);
        route("GET /account/reflections", "/account/reflections", MEMBERS);
        // the lesson editor: an editor's alone, with her second factor, as the Journal's desk is; a post without a
        // source is refused before anything is saved
        String editedLesson = "/editor/courses/foundation/f1-1/en";
        route("GET /editor/courses", "/editor/courses", EDITORS);
        route("GET /editor/courses/{course}/{lesson}/{language}", editedLesson, EDITORS);
        route("POST /editor/courses/{course}/{lesson}/{language}", editedLesson, EDITORS);
        route("POST /editor/courses/{course}/{lesson}/{language}/preview", editedLesson + "/preview", EDITORS);
        route("POST /editor/courses/{course}/{lesson}/{language}/restore", editedLesson + "/restore", EDITORS);
        // 1:1 sessions: choosing is public, confirming and booking a member's, her sessions hers alone
        route("GET /sessions", "/sessions", PUBLIC);
        route("GET /sessions/{kind}", "/sessions/trauma-informed-therapy", PUBLIC);
        route("GET /sessions/practitioners", "/sessions/practitioners", PUBLIC);
        route("GET /sessions/practitioners/{practitioner}", "/sessions/practitioners/maja-lind", PUBLIC);
        // a practitioner's photo is public; the demo practitioners have none, so it is not found
        route("GET /sessions/practitioners/{practitioner}/photo", "/sessions/practitioners/maja-lind/photo", NOT_FOUND);
        route("GET /sessions/practitioners/{practitioner}/{type}", "/sessions/practitioners/maja-lind/therapy-session", PUBLIC);
        route("GET /sessions/practitioners/{practitioner}/{type}/confirm", "/sessions/practitioners/maja-lind/therapy-session/confirm",
                MEMBERS_REACH);
        route("POST /sessions/practitioners/{practitioner}/{type}/book", "/sessions/practitioners/maja-lind/therapy-session/book",
                MEMBERS_REACH);
        route("GET /account/bookings", "/account/bookings", MEMBERS);
        route("GET /account/bookings/{id}", booking, HERS_ALONE);
        route("GET /account/bookings/{id}/move", booking + "/move", HERS_ALONE);
        route("POST /account/bookings/{id}/move", booking + "/move", HERS_ALONE);
        route("POST /account/bookings/{id}/shared", booking + "/shared", HERS_ALONE);
        route("GET /account/bookings/{id}/cancel", booking + "/cancel", HERS_ALONE);
        route("POST /account/bookings/{id}/cancel", booking + "/cancel", HERS_ALONE);
        // a partner's links are capabilities: open to whoever holds one; a made-up one says the link no longer works
        route("GET /partner/{token}", "/partner/not-a-real-token", GONE);
        route("POST /partner/{token}/start", "/partner/not-a-real-token/start", GONE);
        route("GET /partner/view/{secret}", "/partner/view/not-a-real-secret", GONE);
        route("POST /partner/view/{secret}/reveal", "/partner/view/not-a-real-secret/reveal", REACHED_BY_ALL);
        route("GET /partner/view/{secret}/withdraw", "/partner/view/not-a-real-secret/withdraw", GONE);
        route("POST /partner/view/{secret}/withdraw", "/partner/view/not-a-real-secret/withdraw", REACHED_BY_ALL);
        route("GET /partner/withdrawn", "/partner/withdrawn", PUBLIC);
        // sessions: a waitlist and weekly series are a member's; her place in line and the time offered to her are hers
        String[] waiting = waitlistEntryAndOffer(actors.get("member"));
        route("GET /sessions/practitioners/{practitioner}/{type}/waitlist", waiting[0], MEMBERS);
        route("POST /sessions/practitioners/{practitioner}/{type}/waitlist", waiting[0], MEMBERS_REACH);
        route("GET /account/offer", waiting[2], HERS_ALONE);
        route("POST /account/offer", "/account/offer", List.of("sign-in", "2fa", "404", "404", "404", "404", "404"));
        route("GET /account/waitlist/{id}/leave", waiting[1], HERS_ALONE);
        route("POST /account/waitlist/{id}/leave", waiting[1], HERS_ALONE);
        route("GET /sessions/practitioners/{practitioner}/{type}/series", waiting[3], MEMBERS);
        route("POST /sessions/practitioners/{practitioner}/{type}/series", waiting[3], MEMBERS_REACH);
        // Spring Security's own endpoints (see SECURITY_ENDPOINTS)
        route("POST /sign-in", "/sign-in", REACHED_BY_ALL);
        route("POST /sign-in/link", "/sign-in/link", REACHED_BY_ALL);
        route("POST /sign-in/link/use", "/sign-in/link/use", REACHED_BY_ALL);
        route("POST /webauthn/authenticate/options", "/webauthn/authenticate/options", REACHED_BY_ALL);
        route("POST /login/webauthn", "/login/webauthn", REACHED_BY_ALL);
        route("POST /webauthn/register/options", "/webauthn/register/options", List.of("403", "403", "403", "403", "403", "403", "403"));
        route("POST /webauthn/register", "/webauthn/register", FRESHLY_CONFIRMED);
        route("DELETE /webauthn/register/{id}", "/webauthn/register/AAAA", FRESHLY_CONFIRMED);
        // last: it ends every actor's session
        route("POST /sign-out", "/sign-out", REACHED_BY_ALL);
    }

    /**
     * The endpoints Spring Security answers in its filters, which no handler mapping lists, by the filter that
     * answers them. A filter of these kinds in the chain that is not named here fails the test.
     */
    static final Map<String, List<String>> SECURITY_ENDPOINTS = Map.of(
            "UsernamePasswordAuthenticationFilter", List.of("POST /sign-in"),
            "GenerateOneTimeTokenFilter", List.of("POST /sign-in/link"),
            "OneTimeTokenAuthenticationFilter", List.of("POST /sign-in/link/use"),
            "DefaultResourcesFilter", List.of("GET /default-ui.css", "GET /login/webauthn.js"),
            "LogoutFilter", List.of("POST /sign-out"),
            "PublicKeyCredentialCreationOptionsFilter", List.of("POST /webauthn/register/options"),
            "WebAuthnRegistrationFilter", List.of("POST /webauthn/register", "DELETE /webauthn/register/{id}"),
            "PublicKeyCredentialRequestOptionsFilter", List.of("POST /webauthn/authenticate/options"),
            "WebAuthnAuthenticationFilter", List.of("POST /login/webauthn"));

    @LocalServerPort
    int port;
    @Autowired
    StaffInvitations invitations;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService sessions;
    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;
    @Autowired
    FilterChainProxy filterChain;
    @Autowired
    app.temple.booking.internal.Practitioners waitingPractitioners;
    @Autowired
    app.temple.booking.internal.Waitlists waitlists;
    @Autowired
    app.temple.booking.internal.SeriesOffers seriesOffers;

    private final Map<String, Visitor> actors = new LinkedHashMap<>();

    @BeforeAll
    void signInEveryone() {
        actors.put("visitor", new Visitor(port));
        actors.put("firstFactor", firstFactorOnly());
        actors.put("otherMember", member());
        actors.put("practitioner", staff(Role.PRACTITIONER));
        actors.put("editor", staff(Role.EDITOR));
        actors.put("admin", staff(Role.ADMIN));
        String memberEmail = TestMembers.newAddress("matrix");
        Visitor member = new TestMembers(port, outbox).signedIn(memberEmail);
        actors.put("member", member);
        expectations(savedResult(member), partnerLink(member), booking(TestMembers.idOf(jdbc, memberEmail)));
    }

    @Test
    void everyMappedRouteHasAnExpectation() {
        Set<String> mapped = mappedRoutes();
        assertThat(mapped).as("routes with no expectation in this test: add one for every actor").isSubsetOf(routes.keySet());
        Set<String> stale = new java.util.TreeSet<>(routes.keySet());
        stale.removeAll(mapped);
        assertThat(stale).as("expectations for routes nothing maps any more").isEmpty();
    }

    @Test
    void everySecurityEndpointFilterIsKnown() {
        List<String> endpointFilters = filterChain.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
                .map(filter -> filter.getClass())
                .filter(type -> AbstractAuthenticationProcessingFilter.class.isAssignableFrom(type)
                        || type.getPackageName().contains("webauthn") || type.getPackageName().contains(".ott")
                        || type.getPackageName().endsWith(".authentication.ui") || type.getSimpleName().equals("LogoutFilter")
                        || type.getSimpleName().equals("DefaultResourcesFilter"))
                .map(Class::getSimpleName).distinct().toList();
        assertThat(SECURITY_ENDPOINTS.keySet()).as("the filters that answer Spring Security's endpoints")
                .containsExactlyInAnyOrderElementsOf(endpointFilters);
    }

    @Test
    void everyRouteAnswersEveryActorAsExpected() {
        StringBuilder wrong = new StringBuilder();
        routes.forEach((key, route) -> {
            String method = key.substring(0, key.indexOf(' '));
            for (int i = 0; i < ACTORS.size(); i++) {
                String actor = ACTORS.get(i);
                String actual = answer(send(actors.get(actor), method.equals("ANY") ? "GET" : method, route.path()));
                if (!matches(route.expected().get(i), actual)) {
                    wrong.append(key).append(" as ").append(actor).append(": expected ")
                            .append(route.expected().get(i)).append(", got ").append(actual).append('\n');
                }
            }
        });
        assertThat(wrong.toString()).as("routes answering wrongly").isEmpty();
    }

    /** A method no handler maps for a path is refused, whoever asks: never a 2xx, never a 5xx. */
    @Test
    void everyUnmappedMethodIsRefused() {
        Visitor visitor = new Visitor(port);
        Visitor member = member();
        Set<String> mapped = mappedRoutes();
        StringBuilder wrong = new StringBuilder();
        Map<String, String> paths = new LinkedHashMap<>();
        routes.forEach((key, route) -> paths.putIfAbsent(key.substring(key.indexOf(' ') + 1), route.path()));
        paths.forEach((pattern, path) -> {
            for (String method : METHODS) {
                if (mapped.contains(method + " " + pattern) || mapped.contains("ANY " + pattern)
                        || SECURITY_ENDPOINTS.values().stream().anyMatch(list -> list.contains(method + " " + pattern))
                        || path.contains("/sign-out")) {
                    continue;
                }
                for (Visitor who : List.of(visitor, member)) {
                    String actual = answer(send(who, method, path));
                    if (!List.of("sign-in", "2fa", "403", "404", "405").contains(actual)) {
                        wrong.append(method).append(' ').append(path).append(": ").append(actual).append('\n');
                    }
                }
            }
        });
        assertThat(wrong.toString()).as("unmapped methods that were not refused").isEmpty();
    }

    /** A new route with no rule in the chain is refused to everyone, signed in or not. */
    @Test
    void aRouteWithNoRuleIsRefusedToEveryone() {
        for (String actor : ACTORS) {
            String actual = answer(actors.get(actor).get(TestRoutes.UNRULED));
            assertThat(actual).as(actor).isIn("sign-in", "2fa", "403");
        }
    }

    @Test
    void aMemberAskingToEndAnotherMembersSessionGets404() {
        Visitor member = actors.get("member");
        // another member signed in on two devices: her sessions page names the second by its handle
        String email = TestMembers.newAddress("matrix");
        Visitor other = new TestMembers(port, outbox).signedIn(email);
        Visitor othersPhone = new Visitor(port);
        TestMembers.signIn(othersPhone, email, PASSWORD);
        Matcher handle = Pattern.compile("/account/sessions/end\\?handle=([^\"&]+)\"").matcher(other.get("/account/sessions").body());
        assertThat(handle.find()).isTrue();

        member.get("/account/privacy"); // a page with a form, for the CSRF token
        HttpResponse<String> response = member.post("/account/sessions/end", "handle", handle.group(1));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(othersPhone.get("/account").statusCode()).as("her session is untouched").isEqualTo(200);
        assertThat(other.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Visitor member = actors.get("member");
        member.get("/account/privacy");
        Visitor forger = new Visitor(port);
        forger.get("/");

        HttpResponse<String> forged = forger.post("/account/privacy/consents/emails/give");

        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(redirectPath(forged)).doesNotStartWith("/account/privacy");
    }

    private static String answer(HttpResponse<String> response) {
        if (response.statusCode() == 302) {
            String to = redirectPath(response);
            if (to.equals("/sign-in")) {
                return "sign-in";
            }
            if (to.equals("/sign-in/second-factor")) {
                return "2fa";
            }
        }
        return String.valueOf(response.statusCode());
    }

    /** "in": the request got past the rules to its handler, whatever the handler then answered. */
    private static boolean matches(String expected, String actual) {
        if (expected.equals("in")) {
            return !List.of("sign-in", "2fa", "403").contains(actual) && !actual.startsWith("5");
        }
        return expected.equals(actual);
    }

    private HttpResponse<String> send(Visitor who, String method, String path) {
        return switch (method) {
            case "GET" -> who.get(path);
            case "POST" -> {
                who.get("/");
                yield who.post(path);
            }
            default -> {
                who.get("/");
                yield who.send(method, path);
            }
        };
    }

    private Set<String> mappedRoutes() {
        Set<String> mapped = new java.util.TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.toSet());
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/test/")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        mapped.add("ANY " + pattern);
                    }
                    methods.forEach(method -> mapped.add(method + " " + pattern));
                }
            });
        }
        SECURITY_ENDPOINTS.values().forEach(mapped::addAll);
        return mapped;
    }

    /** A saved quiz result of hers, whose id the other actors try. */
    private String savedResult(Visitor member) {
        String result = new QuizTaker(member).take("attachment", "5", "5", "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "yes").body();
        List<String> fields = new java.util.ArrayList<>(QuizTaker.hidden(result));
        fields.addAll(List.of("consent", "yes"));
        assertThat(redirectPath(member.post("/quizzes/attachment/save", fields.toArray(String[]::new)))).isEqualTo("/account/quizzes?saved");
        Matcher id = Pattern.compile("/account/quizzes/([0-9a-f-]{36})/delete").matcher(member.get("/account/quizzes").body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** A session of hers, more than a day ahead (so she may still move and cancel it), as her pages link to it. */
    private String booking(UUID member) {
        String slug = BookingFixtures.practitioner(practitioners, "matrix", 0, 0);
        var type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        var slot = sessions.freeSlots(BookingFixtures.find(practitioners, slug), type).get(100);
        var outcome = sessions.book(new BookingRequest(member, type.id(), slot.start(), java.time.ZoneId.of("UTC"), Locale.ENGLISH,
                UUID.randomUUID().toString().replace("-", ""), null));
        return "/account/bookings/" + ((BookingOutcome.Done) outcome).booking().id();
    }

    /** A partner comparison of hers (an invitation not yet answered), as her list links to it. */
    private String partnerLink(Visitor member) {
        String result = new QuizTaker(member).take("communication-style",
                "5", "5", "1", "1", "1", "1", "1", "1", "5", "5", "5", "5", "5", "1", "yes").body();
        member.post("/quizzes/communication-style/partner", QuizTaker.hidden(result).toArray(String[]::new));
        Matcher link = Pattern.compile("href=\"(/account/quizzes/partners/[0-9a-f-]{36})\"").matcher(member.get("/account/quizzes/partners").body());
        assertThat(link.find()).as("her list links to the comparison").isTrue();
        return link.group(1);
    }

    /**
     * Her place in the waitlist of a practitioner with no free time (she joins it as a member does), a time offered
     * to her from it, and a session type offered as a weekly series: the waitlist page, her leave form, the offer's
     * link and the series page.
     */
    private String[] waitlistEntryAndOffer(Visitor member) {
        app.temple.booking.internal.TestPractitioners made = new app.temple.booking.internal.TestPractitioners(waitingPractitioners);
        app.temple.booking.internal.Practitioner busy = made.create(java.time.ZoneId.of("Europe/Stockholm"), "09:00-10:00");
        String type = "/sessions/practitioners/" + busy.slug() + "/" + made.typeOf(busy).slug();
        assertThat(redirectPath(member.submit(type + "/waitlist", type + "/waitlist", "zone", "Europe/Stockholm")))
                .isEqualTo("/account/bookings#waitlist");
        Matcher leave = Pattern.compile("/account/waitlist/([0-9a-f-]{36})/leave").matcher(member.get("/account/bookings").body());
        assertThat(leave.find()).as("her sessions page lists her place in line").isTrue();
        String token = app.temple.booking.internal.WaitlistFixtures.offerTo(waitlists, UUID.fromString(leave.group(1)));
        seriesOffers.offer(made.typeOf(busy).id(), 8);
        return new String[] {type + "/waitlist", leave.group(), "/account/offer?token=" + token, type + "/series"};
    }

    /** A member with an authenticator app who has given only her password. */
    private Visitor firstFactorOnly() {
        String email = TestMembers.newAddress("first-factor");
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        TestMembers.confirmAgain(visitor);
        Matcher secret = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(visitor.get("/account/security/totp").body());
        assertThat(secret.find()).isTrue();
        assertThat(visitor.post("/account/security/totp", "code", code(secret.group(1))).body()).contains("The authenticator app is on.");
        Visitor firstFactor = new Visitor(port);
        assertThat(redirectPath(TestMembers.signIn(firstFactor, email, PASSWORD))).isEqualTo("/sign-in/second-factor");
        return firstFactor;
    }

    private Visitor member() {
        return new TestMembers(port, outbox).signedIn(TestMembers.newAddress("matrix"));
    }

    /** A staff member: invited, accepted, signed in, and made to enrol her authenticator app first. */
    private Visitor staff(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return new TestMembers(port, outbox).staff(email, role, invitations);
    }

    private static String code(String secret) {
        return TestMembers.totpCode(secret);
    }
}
