package app.temple.booking.web;

import app.temple.account.CurrentMember;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingStatus;
import app.temple.booking.internal.Bookings;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SeriesOffers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Her weekly series on "My sessions", above the sessions they are made of, each with what is still to come. */
@ControllerAdvice(assignableTypes = MySessionsController.class)
class SeriesOnMySessions {

    private final Bookings bookings;
    private final SeriesOffers offers;
    private final Practitioners practitioners;
    private final Clock clock;

    SeriesOnMySessions(Bookings bookings, SeriesOffers offers, Practitioners practitioners, Clock clock) {
        this.bookings = bookings;
        this.offers = offers;
        this.practitioners = practitioners;
        this.clock = clock;
    }

    @ModelAttribute("series")
    List<SeriesSummaryView> series(HttpServletRequest request) {
        if (!BookingRoutes.MINE.equals(request.getRequestURI())) {
            return List.of();
        }
        Locale locale = RequestContextUtils.getLocale(request);
        return CurrentMember.id().map(member -> summaries(member, locale)).orElse(List.of());
    }

    private List<SeriesSummaryView> summaries(UUID member, Locale locale) {
        Map<UUID, UUID> seriesOf = offers.seriesOfMember(member);
        if (seriesOf.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Booking>> coming = bookings.ofMember(member).stream()
                .filter(b -> seriesOf.containsKey(b.id()) && b.status() == BookingStatus.CONFIRMED
                        && b.slot().end().isAfter(clock.instant()))
                .collect(Collectors.groupingBy(b -> seriesOf.get(b.id())));
        return coming.values().stream().map(list -> {
            Booking next = list.stream().min(Comparator.comparing((Booking b) -> b.slot().start())).orElseThrow();
            return new SeriesSummaryView(practitioners.sessionType(next.sessionType()).map(t -> t.name().in(locale)).orElse(""),
                    practitioners.byId(next.practitioner()).map(Practitioner::name).orElse(""), list.size(),
                    Times.of(next.slot(), next.memberZone(), locale), BookingRoutes.one(next.id()));
        }).sorted(Comparator.comparing(SeriesSummaryView::nextPath)).toList();
    }
}
