package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.Desk;
import app.temple.booking.internal.Practitioner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is at the desk: the signed-in practitioner's own profile, and her own sessions. A session that is not hers,
 * that does not exist or whose id is not an id is a 404 alike, so nobody learns what another practitioner has.
 */
@Component
class PractitionerDeskContext {

    private final Desk desk;

    PractitionerDeskContext(Desk desk) {
        this.desk = desk;
    }

    UUID account() {
        return CurrentMember.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Her profile, if an admin has linked one to her account. */
    Optional<Practitioner> practitioner() {
        return desk.practitionerOf(account());
    }

    /** Her profile; a 404 for a practitioner account with none linked yet (the desk page says why). */
    Practitioner me() {
        return practitioner().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Booking session(Practitioner me, String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return desk.sessionOf(me, parsed).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
