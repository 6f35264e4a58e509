package app.temple.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The headers that keep every page to its own origin: a Content-Security-Policy whose only scripts are
 * our own files carrying this response's nonce, and a Permissions-Policy that turns off every powerful
 * browser feature Temple does not use.
 */
final class SecurityHeaders implements HeaderWriter {

    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "geolocation=()",
            "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()",
            "usb=()", "interest-cohort=()", "browsing-topics=()");

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(CspNonce.of(request)));
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    }

    static String contentSecurityPolicy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "base-uri 'none'",
                "object-src 'none'");
    }
}
