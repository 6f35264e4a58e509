package app.temple.booking;

import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Role;
import app.temple.account.internal.StaffInvitations;
import app.temple.booking.internal.Bilingual;
import app.temple.booking.internal.Booking;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.LocalHours;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.PractitionerDraft;
import app.temple.booking.internal.PractitionerKind;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.Price;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Practitioners and bookings as the desk's tests need them: a profile of her own (not a demo one) working every day
 * in Stockholm, linked to a signed-in practitioner account, and sessions booked through the real booking service.
 */
public final class DeskFixtures {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final TestMembers members;
    private final StaffInvitations invitations;
    private final Practitioners practitioners;
    private final BookingService bookings;
    private final JdbcClient jdbc;

    public DeskFixtures(TestMembers members, StaffInvitations invitations, Practitioners practitioners,
                        BookingService bookings, JdbcClient jdbc) {
        this.members = members;
        this.invitations = invitations;
        this.practitioners = practitioners;
        this.bookings = bookings;
        this.jdbc = jdbc;
    }

    /** The fixtures of the running application of {@code context}, with its own services and members. */
    public static DeskFixtures of(ApplicationContext context) {
        return new DeskFixtures(TestMembers.of(context), context.getBean(StaffInvitations.class),
                context.getBean(Practitioners.class), context.getBean(BookingService.class), context.getBean(JdbcClient.class));
    }

    /** The members these desks are made with, for the clients of a test. */
    public TestMembers members() {
        return members;
    }

    /** A practitioner's signed-in account and the profile linked to it. */
    public record Desk(Visitor visitor, String email, UUID account, Practitioner practitioner, SessionType type) {
    }

    /** A new profile (working 08:00–20:00 every day in Stockholm, no notice) linked to a new practitioner account. */
    public Desk desk(String name) {
        String email = TestMembers.newAddress("practitioner");
        Visitor visitor = members.staff(email, Role.PRACTITIONER, invitations);
        UUID account = TestMembers.idOf(jdbc, email);
        Practitioner practitioner = profile(name);
        practitioners.linkAccount(practitioner.id(), account);
        return new Desk(visitor, email, account, practitioners.byId(practitioner.id()).orElseThrow(),
                practitioners.sessionTypes(practitioner.id()).getFirst());
    }

    /** A new profile, linked to no account. */
    public Practitioner profile(String name) {
        String slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, List.of(new LocalHours(LocalTime.of(8, 0), LocalTime.of(20, 0))));
        }
        Practitioner draft = new Practitioner(null, slug, PractitionerKind.values()[0], name, false,
                new Practitioner.Profile(new Bilingual("Bio", "Bio sv"), new Bilingual("Approach", "Sätt"),
                        new Bilingual("Credentials", "Utbildning")),
                List.of("en", "sv"), STOCKHOLM, null,
                new Practitioner.BookingRules(Duration.ZERO, Duration.ZERO, Duration.ZERO, 30, Duration.ofMinutes(60)),
                null, true);
        SessionType type = new SessionType(null, null, "talk", new Bilingual("Talk", "Samtal"), Duration.ofMinutes(50),
                Price.ARRANGED, Duration.ofHours(24), true);
        UUID id = practitioners.save(new PractitionerDraft(draft, List.of(type), weekly, Map.of()));
        return practitioners.byId(id).orElseThrow();
    }

    /** Books the {@code nth} free slot (0 is the first) of the type for the member, with her note (or null). */
    public Booking book(UUID member, Practitioner practitioner, SessionType type, int nth, String note) {
        List<Slot> free = bookings.freeSlots(practitioner, type);
        assertThat(free).as("free slots to book").hasSizeGreaterThan(nth);
        BookingOutcome outcome = bookings.book(new BookingRequest(member, type.id(), free.get(nth).start(), STOCKHOLM,
                Locale.ENGLISH, UUID.randomUUID().toString(), note));
        assertThat(outcome).isInstanceOf(BookingOutcome.Done.class);
        return ((BookingOutcome.Done) outcome).booking();
    }

    /** Moves a booking's times back by {@code days}, as if it had been booked then: the clock is the real one. */
    public void shiftIntoThePast(UUID booking, int days) {
        jdbc.sql("""
                update booking_booking set starts_at = starts_at - make_interval(days => ?),
                    ends_at = ends_at - make_interval(days => ?), blocked_from = blocked_from - make_interval(days => ?),
                    blocked_until = blocked_until - make_interval(days => ?) where id = ?
                """).params(days, days, days, days, booking).update();
    }
}
