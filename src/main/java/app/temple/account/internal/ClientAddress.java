package app.temple.account.internal;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from (behind a trusted proxy, the forwarded one), for rate limits only. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
