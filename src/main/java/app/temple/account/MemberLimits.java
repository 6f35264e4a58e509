package app.temple.account;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.UUID;

/**
 * Limits on what one member may do in an hour, for actions that write to others or hold a practitioner's time
 * (DESIGN.md: booking and partner invites are rate-limited). Counted in PostgreSQL across every node, keyed by an
 * HMAC of her id, and deleted when she erases her account.
 */
public interface MemberLimits {

    /** What is limited per member. */
    enum Action {
        /** Booking, moving, joining a waitlist, taking a waitlist offer and booking a series. */
        BOOKING,
        /** Inviting a partner to compare a quiz. */
        PARTNER_INVITE,
        /** Starting a payment: each asks the payment provider for a checkout page. */
        CHECKOUT
    }

    /**
     * Takes one attempt if one is left.
     *
     * @return zero when the attempt was taken; otherwise how long until one is left again
     */
    Duration tryAcquire(UUID member, Action action);

    /**
     * Takes one attempt, or refuses the request with 429 and the site's "please wait a moment" page (in her
     * language), before anything is done.
     */
    default void acquireOrRefuse(UUID member, Action action) {
        Duration wait = tryAcquire(member, action);
        if (!wait.isZero()) {
            throw new TooManyAttempts(wait);
        }
    }

    /** 429 with Retry-After; the site's error pages render it. */
    final class TooManyAttempts extends ResponseStatusException {

        private final long retryAfterSeconds;

        public TooManyAttempts(Duration wait) {
            super(HttpStatus.TOO_MANY_REQUESTS);
            this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            return headers;
        }
    }
}
