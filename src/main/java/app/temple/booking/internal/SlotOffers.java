package app.temple.booking.internal;

import app.temple.site.ContentEpoch;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a page of free times shows, kept in memory until {@link SlotEpoch} moves: the practitioner and session type
 * its address names, whether the type is offered as a series, and the free slots. A member's page (rendered for her,
 * so never shared) and a page in another zone or week then cost no query and no slot computation.
 * <p>
 * The slots are computed afresh at most once per epoch; in between, the times that have come within her minimum
 * notice are dropped on reading, so a kept list never offers a time the computation would no longer offer. Booking
 * itself never reads from here: it computes from the database, and the exclusion constraint has the last word.
 */
@Component
public class SlotOffers {

    /**
     * At most this many pages are kept: one per session type offered, far fewer than this, so the bound only stops
     * addresses of types that existed once from growing the map (unknown ones are never kept).
     */
    static final int MOST_KEPT = 2_000;

    /** One page's subject, as read at {@code tick}. */
    public record Offer(Practitioner practitioner, SessionType type, int seriesWeeks, List<Slot> computed, long tick) {
    }

    private record Address(String practitioner, String type) {
    }

    private final Practitioners practitioners;
    private final SeriesOffers series;
    private final BookingService bookings;
    private final SlotEpoch epoch;
    private final Clock clock;
    private final ConcurrentHashMap<Address, Offer> kept = new ConcurrentHashMap<>();

    SlotOffers(Practitioners practitioners, SeriesOffers series, BookingService bookings, SlotEpoch epoch, Clock clock) {
        this.practitioners = practitioners;
        this.series = series;
        this.bookings = bookings;
        this.epoch = epoch;
        this.clock = clock;
    }

    /** The offer of an active practitioner's session type by their slugs; empty when she or it is not offered. */
    public Optional<Offer> of(String practitionerSlug, String typeSlug) {
        Address address = new Address(practitionerSlug, typeSlug);
        Offer offer = kept.get(address);
        if (offer != null && epoch.epoch().unchangedSince(offer.tick())) {
            return Optional.of(offer);
        }
        // read before the rows, so that a write committed meanwhile makes this offer stale at once
        long tick = ContentEpoch.tick();
        Optional<Offer> read = practitioners.bySlug(practitionerSlug).flatMap(practitioner ->
                practitioners.sessionTypes(practitioner.id()).stream().filter(type -> type.slug().equals(typeSlug)).findFirst()
                        .map(type -> new Offer(practitioner, type, series.weeks(type.id()).orElse(0),
                                bookings.freeSlots(practitioner, type), tick)));
        read.ifPresentOrElse(found -> keep(address, found), () -> kept.remove(address));
        return read;
    }

    /** Its free slots now: the ones computed, less those that have come within her minimum notice since. */
    public List<Slot> freeNow(Offer offer) {
        Instant earliest = clock.instant().plus(offer.practitioner().rules().minimumNotice());
        List<Slot> computed = offer.computed();
        int first = 0;
        while (first < computed.size() && computed.get(first).start().isBefore(earliest)) {
            first++;
        }
        return first == 0 ? computed : computed.subList(first, computed.size());
    }

    private void keep(Address address, Offer offer) {
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(address, offer);
    }
}
