package app.temple.site;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class SecurityHeadersIntegrationTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/privacy", "/help", "/?lang=sv", "/sign-in", "/no-such-page", "/test/broken", "/css/temple.css"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = new Http(port).get(path);

        String csp = header(response, "Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(csp).as("our own scripts, and inline ones only with this response's nonce")
                .containsPattern("script-src 'self'( 'nonce-[A-Za-z0-9+/=]+')?;");
        if (!NONCE.matcher(csp).find()) {
            assertThat(response.body()).as("a page without a nonce in its policy uses none").doesNotContain("nonce=");
        }
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS is sent only over HTTPS").isEmpty();
    }

    @Test
    void aPageOfItsOwnHasItsOwnNonceAndUsesItForItsScripts() {
        Http http = new Http(port);
        String first = nonceOf(http.get("/sign-in"));
        HttpResponse<String> second = http.get("/sign-in");

        assertThat(nonceOf(second)).isNotEqualTo(first);
        assertThat(second.body()).contains("nonce=\"" + nonceOf(second) + "\"");
    }

    @Test
    void aPageSharedByEveryVisitorCarriesNoNonceSinceOneSentTwiceWouldProtectNothing() {
        HttpResponse<String> response = new Http(port).get("/");

        assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self';").doesNotContain("nonce-");
        assertThat(response.body()).contains("<script src=\"/").doesNotContain("nonce=");
    }

    @Test
    void hstsIsSentBehindHttps() {
        HttpResponse<String> response = new Http(port).get("/", "X-Forwarded-Proto", "https");

        assertThat(header(response, "Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void languageCookieIsHttpOnlyAndLax() {
        HttpResponse<String> response = new Http(port).get("/?lang=sv");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("temple_lang=sv").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void aVisitorReadingPagesGetsNoSession() {
        Http http = new Http(port);
        for (String path : new String[] {"/", "/privacy", "/help", "/no-such-page"}) {
            assertThat(http.get(path).headers().allValues("Set-Cookie"))
                    .as(path).noneMatch(cookie -> cookie.startsWith("temple_session") || cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void notFoundIsAPageInTheSiteDesign() {
        HttpResponse<String> response = new Http(port).get("/no-such-page", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"en\"", "We can't find that page", "href=\"/help\"");
    }

    @Test
    void serverErrorShowsNoStackTrace() {
        HttpResponse<String> response = new Http(port).get("/test/broken", "Accept", "text/html", "Accept-Language", "sv");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Något gick fel hos oss")
                .doesNotContain("IllegalStateException", "at app.temple", "secret detail");
    }

    private static String nonceOf(HttpResponse<String> response) {
        Matcher matcher = NONCE.matcher(header(response, "Content-Security-Policy"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
