package app.temple.booking.web;

import app.temple.booking.internal.Slot;
import app.temple.booking.internal.SlotOffers;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Weeks of free times already laid out (labels and links of every time), kept with the offer they came from. A
 * member's page of free times is rendered for her, but the week in it is the same for every member reading it in the
 * same zone and language: laying it out (a link and two labels per time) was most of the page's own work.
 * <p>
 * A kept week is used only for the very offer it was laid out from (its tick) and the same free times (how many are
 * left once those within her notice are dropped), so it is never older than the offer.
 */
@Component
class SlotWeeks {

    /** Addresses come partly from the reader (zone, week): the bound keeps the map small whatever she sends. */
    static final int MOST_KEPT = 5_000;

    private record Address(UUID practitioner, UUID type, ZoneId zone, LocalDate from, Locale locale, boolean member) {
    }

    private record Kept(long tick, int free, SlotsView week) {
    }

    private final ConcurrentHashMap<Address, Kept> kept = new ConcurrentHashMap<>();

    /**
     * @param free    the offer's free times now
     * @param member  whether the reader is signed in: a visitor's links sign her in first
     * @param layOut  lays the week out when none is kept for this offer
     */
    SlotsView week(SlotOffers.Offer offer, List<Slot> free, ZoneId zone, LocalDate from, Locale locale, boolean member,
                   Supplier<SlotsView> layOut) {
        Address address = new Address(offer.practitioner().id(), offer.type().id(), zone, from, locale, member);
        Kept found = kept.get(address);
        if (found != null && found.tick() == offer.tick() && found.free() == free.size()) {
            return found.week();
        }
        SlotsView week = layOut.get();
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(address, new Kept(offer.tick(), free.size(), week));
        return week;
    }
}
