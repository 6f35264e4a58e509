package app.temple.booking.web;

import app.temple.account.AccountHomeSection;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.Bookings;
import app.temple.booking.internal.Practitioners;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Her next session on her account home: when, what and with whom, and the way to all her sessions. */
@Component
class BookingHomeSection implements AccountHomeSection {

    private final Bookings bookings;
    private final Practitioners practitioners;
    private final MessageSource messages;
    private final Clock clock;

    BookingHomeSection(Bookings bookings, Practitioners practitioners, MessageSource messages, Clock clock) {
        this.bookings = bookings;
        this.practitioners = practitioners;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        Instant now = clock.instant();
        List<Booking> all = bookings.ofMember(member);
        List<Item> next = all.stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED && b.slot().end().isAfter(now))
                .min(Comparator.comparing((Booking b) -> b.slot().start()))
                .map(b -> new Item(BookingRoutes.one(b.id()), Times.of(b.slot(), b.memberZone(), locale), withWhom(b, locale)))
                .stream().toList();
        return Optional.of(new Card(text("booking.account.heading", locale), next,
                new Empty(text("booking.account.empty", locale), new Link(BookingRoutes.INDEX, text("booking.account.begin", locale))),
                all.isEmpty() ? List.of() : List.of(new Link(BookingRoutes.MINE, text("booking.account.mine", locale)))));
    }

    /** "Therapy session with Maja Lind". */
    private String withWhom(Booking booking, Locale locale) {
        String type = practitioners.sessionType(booking.sessionType()).map(t -> t.name().in(locale)).orElse("");
        String name = practitioners.byId(booking.practitioner()).map(p -> p.name()).orElse("");
        return text("booking.account.with", locale, type, name);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
