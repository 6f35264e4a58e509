package app.temple.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Waitlist rows for tests that need an offer without cancelling a booking first (the authorization matrix). */
public final class WaitlistFixtures {

    private WaitlistFixtures() {
    }

    /** Offers her entry a time a week from now; returns the offer's token, as her letter's link carries it. */
    public static String offerTo(Waitlists waitlists, UUID entry) {
        String token = WaitlistTokens.newToken();
        Instant start = Instant.now().plus(Duration.ofDays(7));
        Instant now = Instant.now();
        waitlists.offer(new WaitlistOffer(UUID.randomUUID(), entry, new Slot(start, start.plus(Duration.ofMinutes(50))),
                now.plus(Duration.ofHours(2)), WaitlistOffer.State.OPEN), WaitlistTokens.hash(token), now);
        return token;
    }
}
