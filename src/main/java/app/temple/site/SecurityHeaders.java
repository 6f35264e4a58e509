package app.temple.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers that keep every page to its own origin: a Content-Security-Policy whose only scripts are
 * our own files carrying this response's nonce, and a Permissions-Policy that turns off every powerful
 * browser feature Temple does not use.
 */
public final class SecurityHeaders implements HeaderWriter {

    /** Where forms may post besides this origin (and the redirects that follow them, which browsers check too). */
    private final String formAction;

    private SecurityHeaders(java.util.List<String> formTargets) {
        this.formAction = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("form-action 'self'"),
                formTargets.stream()).toList());
    }

    /**
     * Applies the baseline to a filter chain: frame denial, no referrer, HSTS over HTTPS (Spring Security
     * sends it only on secure requests), nosniff (on by default) and the headers written here.
     */
    public static HttpSecurity applyTo(HttpSecurity http) throws Exception {
        return applyTo(http, java.util.List.of());
    }

    /**
     * The same, with origins a form may lead to besides this one: a payment provider's hosted checkout, to which a
     * purchase form's answer redirects.
     */
    public static HttpSecurity applyTo(HttpSecurity http, java.util.List<String> formTargets) throws Exception {
        return http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter(new SecurityHeaders(formTargets)));
    }

    /**
     * The same headers for a response given before the security chain ran (a request refused for its input), whose
     * error page is rendered in the error dispatch, where Spring Security writes none.
     */
    public static void writeWithoutChain(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
        new SecurityHeaders(java.util.List.of()).writeHeaders(request, response);
    }

    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "geolocation=()",
            "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()",
            "usb=()", "interest-cohort=()", "browsing-topics=()");

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String nonce = SharedPage.isShared(request) ? null : CspNonce.of(request);
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, formAction));
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** With a null nonce (a {@link SharedPage}) only our own script files run; inline scripts never do. */
    static String contentSecurityPolicy(String nonce, String formAction) {
        return String.join("; ",
                "default-src 'self'",
                nonce == null ? "script-src 'self'" : "script-src 'self' 'nonce-" + nonce + "'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                formAction,
                "frame-ancestors 'none'",
                "base-uri 'none'",
                "object-src 'none'");
    }
}
