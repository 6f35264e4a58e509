package app.temple.booking.web;

import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * What every page that books shares: the practitioner and session type an address names, and the key that makes a form book once.
 * Kept here rather than on one controller so that no controller calls another.
 */
final class BookingForms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingForms() {
    }

    /** The practitioner an address names, active or not (her profile stays readable), or 404. */
    static Practitioner practitioner(String slug, Practitioners practitioners) {
        return practitioners.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The practitioner an address names when she takes new sessions (series, waitlist), or 404. */
    static Practitioner activePractitioner(String slug, Practitioners practitioners) {
        return practitioners.bySlug(slug).filter(Practitioner::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** One of the types she offers now, by its slug, or 404. */
    static SessionType type(Practitioner practitioner, String slug, Practitioners practitioners) {
        return practitioners.sessionTypes(practitioner.id()).stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Whether a posted form key is one {@link #newKey} could have made (or a client's own, of the same alphabet). */
    static boolean isKey(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{16,64}");
    }

    /** 128 random bits, URL-safe: unique per form she opens. */
    static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
