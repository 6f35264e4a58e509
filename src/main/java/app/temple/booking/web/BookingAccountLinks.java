package app.temple.booking.web;

import app.temple.account.AccountLinks;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.Bookings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Her sessions on her account page: the next one, if any, and "My sessions". */
@Component
class BookingAccountLinks implements AccountLinks {

    private final Bookings bookings;
    private final MessageSource messages;
    private final Clock clock;

    BookingAccountLinks(Bookings bookings, MessageSource messages, Clock clock) {
        this.bookings = bookings;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String heading(Locale locale) {
        return messages.getMessage("booking.account.heading", null, locale);
    }

    @Override
    public List<Link> linksFor(UUID member, Locale locale) {
        String note = bookings.ofMember(member).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && b.slot().start().isAfter(clock.instant()))
                .min(Comparator.comparing((Booking b) -> b.slot().start()))
                .map(next -> messages.getMessage("booking.account.next",
                        new Object[] {Times.of(next.slot(), next.memberZone(), locale)}, locale))
                .orElse(null);
        return List.of(new Link(BookingRoutes.MINE, messages.getMessage("booking.account.mine", null, locale), note));
    }
}
