package app.temple.booking.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.MemberErasureRequested;
import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;
import app.temple.privacy.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waitlist of a practitioner who works one hour a week: joined only when nothing is free, a freed time offered
 * to the first in line and, when her offer expires, to the next; the first to confirm gets it, the late one is told
 * so and keeps her place.
 */
@TempleIntegrationTest
class WaitlistIntegrationTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Pattern TOKEN = Pattern.compile("/account/offer\\?token=([A-Za-z0-9_-]+)");

    @Autowired BookingService bookings;
    @Autowired WaitlistService waitlist;
    @Autowired Waitlists waitlists;
    @Autowired Practitioners practitioners;
    @Autowired JdbcClient jdbc;
    @Autowired Outbox outbox;
    @Autowired List<PersonalData> personalData;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @LocalServerPort int port;

    record Member(String email, UUID id, Visitor visitor) {
    }

    record Full(Practitioner practitioner, SessionType type, List<Booking> booked, List<Member> holders) {
    }

    @Test
    void sheJoinsOnlyWhenNothingIsFreeAndOnce() {
        Practitioner practitioner = oneHourAWeek();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        Member her = member("early");
        assertThat(waitlist.join(her.id(), type.id(), STOCKHOLM, Locale.ENGLISH)).isInstanceOf(WaitlistOutcome.TimesFree.class);

        fill(practitioner, type);
        WaitlistOutcome joined = waitlist.join(her.id(), type.id(), STOCKHOLM, Locale.ENGLISH);
        WaitlistOutcome again = waitlist.join(her.id(), type.id(), STOCKHOLM, Locale.ENGLISH);

        assertThat(joined).isInstanceOf(WaitlistOutcome.Waiting.class);
        assertThat(again).isEqualTo(joined);
        assertThat(waitlists.ofMember(her.id())).hasSize(1);
    }

    @Test
    void aFreedTimeGoesToTheFirstInLineThenTheNextAndTheFirstToConfirmGetsIt() throws InterruptedException {
        Practitioner practitioner = oneHourAWeek();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        Full full = fill(practitioner, type);
        Member first = member("first");
        Member second = member("second");
        Member third = member("third");
        for (Member each : List.of(first, second, third)) {
            assertThat(waitlist.join(each.id(), type.id(), STOCKHOLM, Locale.ENGLISH)).isInstanceOf(WaitlistOutcome.Waiting.class);
            Thread.sleep(5);
        }

        Booking freed = full.booked().getFirst();
        assertThat(bookings.cancel(full.holders().getFirst().id(), freed.id(), "")).isInstanceOf(BookingOutcome.Done.class);

        String firstToken = token(first.email());
        WrittenLetter offer = outbox.letters().stream().map(Outbox.KeptLetter::letter)
                .filter(l -> l.to().equalsIgnoreCase(first.email()) && l.kind() == LetterKind.APPOINTMENT_OFFER).findFirst().orElseThrow();
        assertThat(offer.subject()).isEqualTo("A time has become free");
        assertThat(offer.text()).contains(SessionLetters.when(freed.slot(), STOCKHOLM, Locale.ENGLISH))
                .contains("2 hours").doesNotContainIgnoringCase(practitioner.name()).doesNotContainIgnoringCase("therap");
        assertThat(offers(second.email())).isZero();
        WaitlistOffer open = waitlist.offered(first.id(), firstToken).orElseThrow().offer();
        assertThat(open.expiresAt()).isBetween(Instant.now().plus(Duration.ofMinutes(119)), Instant.now().plus(Duration.ofMinutes(121)));
        assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(WaitlistTask.NAME, open.id().toString()).query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(open.expiresAt());
        // the link is hers alone
        assertThat(waitlist.offered(second.id(), firstToken)).isEmpty();

        // two hours pass: the job the scheduler runs then
        waitlist.expire(open.id());
        String secondToken = token(second.email());
        assertThat(offers(third.email())).isZero();

        WaitlistOutcome took = waitlist.accept(second.id(), secondToken);
        assertThat(took).isInstanceOf(WaitlistOutcome.Booked.class);
        assertThat(((WaitlistOutcome.Booked) took).booking().slot()).isEqualTo(freed.slot());
        assertThat(waitlist.accept(second.id(), secondToken)).isEqualTo(took); // the form sent twice books once
        assertThat(waitlists.ofMember(second.id())).isEmpty();

        WaitlistOutcome late = waitlist.accept(first.id(), firstToken);
        assertThat(late).isInstanceOf(WaitlistOutcome.Taken.class);
        assertThat(waitlists.ofMember(first.id())).hasSize(1);
        assertThat(bookings.freeSlots(practitioner, type)).isEmpty();
        // the offer that came too late does nothing when its time is up, and nobody else is offered a taken time
        waitlist.expire(waitlist.offered(second.id(), secondToken).map(o -> o.offer().id()).orElse(open.id()));
        assertThat(offers(third.email())).isZero();
    }

    @Test
    void theTimeAMovedSessionLeavesIsOfferedToTheWaitlistLikeACancelledOne() {
        Practitioner practitioner = oneHourAWeek();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        Full full = fill(practitioner, type);
        assertThat(full.booked()).hasSizeGreaterThanOrEqualTo(2);
        Member waiting = member("waiting");
        assertThat(waitlist.join(waiting.id(), type.id(), STOCKHOLM, Locale.ENGLISH)).isInstanceOf(WaitlistOutcome.Waiting.class);
        Booking moving = full.booked().get(0);
        Booking cancelled = full.booked().get(1);
        assertThat(bookings.cancel(full.holders().get(1).id(), cancelled.id(), "")).isInstanceOf(BookingOutcome.Done.class);
        assertThat(offers(waiting.email())).isEqualTo(1);

        // she moves hers into the time just freed: the time she leaves is offered in turn
        assertThat(bookings.move(full.holders().get(0).id(), moving.id(), cancelled.slot().start()))
                .isInstanceOf(BookingOutcome.Done.class);
        assertThat(offers(waiting.email())).isEqualTo(2);
        String left = SessionLetters.when(moving.slot(), STOCKHOLM, Locale.ENGLISH);
        WrittenLetter offer = outbox.letters().stream().map(Outbox.KeptLetter::letter)
                .filter(l -> l.to().equalsIgnoreCase(waiting.email()) && l.kind() == LetterKind.APPOINTMENT_OFFER)
                .filter(l -> l.text().contains(left)).findFirst().orElseThrow();
        Matcher token = TOKEN.matcher(offer.text());
        assertThat(token.find()).isTrue();

        WaitlistOutcome took = waitlist.accept(waiting.id(), token.group(1));
        assertThat(took).isInstanceOf(WaitlistOutcome.Booked.class);
        assertThat(((WaitlistOutcome.Booked) took).booking().slot()).isEqualTo(moving.slot());
        assertThat(bookings.freeSlots(practitioner, type)).isEmpty();
    }

    @Test
    void herWaitlistsAreOnHerSessionsPageSheCanLeaveThemAndTheyAreInHerExportAndErasedWithHer() {
        Practitioner practitioner = oneHourAWeek();
        SessionType type = new TestPractitioners(practitioners).typeOf(practitioner);
        fill(practitioner, type);
        Member her = signedIn("leaver");
        String page = "/sessions/practitioners/" + practitioner.slug() + "/" + type.slug();
        assertThat(her.visitor().get(page).body()).contains(page + "/waitlist");
        assertThat(Visitor.redirectPath(her.visitor().submit(page + "/waitlist", page + "/waitlist", "zone", "America/New_York")))
                .isEqualTo("/account/bookings#waitlist");
        WaitlistEntry entry = waitlists.ofMember(her.id()).getFirst();
        assertThat(entry.memberZone()).isEqualTo(ZoneId.of("America/New_York"));
        String mine = her.visitor().get("/account/bookings").body();
        assertThat(mine).contains("Waitlists").contains(practitioner.name()).contains("/account/waitlist/" + entry.id() + "/leave");

        PersonalData export = personalData.stream().filter(p -> p.section().equals("sessionWaitlists")).findFirst().orElseThrow();
        assertThat(export.exportFor(her.id()).toString()).contains(entry.id().toString()).contains("America/New_York");

        Member other = signedIn("stranger");
        other.visitor().get("/account/bookings");
        assertThat(other.visitor().get("/account/waitlist/" + entry.id() + "/leave").statusCode()).isEqualTo(404);
        assertThat(other.visitor().post("/account/waitlist/" + entry.id() + "/leave").statusCode()).isEqualTo(404);
        // leaving is a quiet link to a step that asks, saying with whom; asking leaves nothing
        assertThat(mine).contains("class=\"quiet\" href=\"/account/waitlist/" + entry.id() + "/leave\"");
        assertThat(her.visitor().get("/account/waitlist/" + entry.id() + "/leave").body())
                .contains("Leave this waitlist?", practitioner.name(), "action=\"/account/waitlist/" + entry.id() + "/leave\"");
        assertThat(waitlists.ofMember(her.id())).hasSize(1);
        assertThat(Visitor.redirectPath(her.visitor().post("/account/waitlist/" + entry.id() + "/leave")))
                .isEqualTo("/account/bookings?left#waitlist");
        assertThat(waitlists.ofMember(her.id())).isEmpty();

        assertThat(waitlist.join(her.id(), type.id(), STOCKHOLM, Locale.ENGLISH)).isInstanceOf(WaitlistOutcome.Waiting.class);
        transaction.executeWithoutResult(status -> events.publishEvent(new MemberErasureRequested(her.id())));
        assertThat(jdbc.sql("select count(*) from booking_waitlist where member_id = ?").param(her.id()).query(Integer.class).single())
                .isZero();
    }

    /** Someone works Wednesdays 09:00–10:00 only, two weeks ahead: one or two times in all. */
    private Practitioner oneHourAWeek() {
        return new TestPractitioners(practitioners).create(STOCKHOLM, "09:00-10:00", Duration.ofHours(2), 15, DayOfWeek.WEDNESDAY);
    }

    /** Books every free time, each by a member of its own. */
    private Full fill(Practitioner practitioner, SessionType type) {
        List<Slot> free = bookings.freeSlots(practitioner, type);
        assertThat(free).isNotEmpty();
        List<Member> holders = new java.util.ArrayList<>();
        List<Booking> booked = new java.util.ArrayList<>();
        for (Slot slot : free) {
            Member holder = member("holder");
            BookingOutcome outcome = bookings.book(new BookingRequest(holder.id(), type.id(), slot.start(), STOCKHOLM,
                    Locale.ENGLISH, "fill-" + UUID.randomUUID(), null));
            booked.add(((BookingOutcome.Done) outcome).booking());
            holders.add(holder);
        }
        assertThat(bookings.freeSlots(practitioner, type)).isEmpty();
        return new Full(practitioner, type, booked, holders);
    }

    private Member member(String prefix) {
        String email = TestMembers.newAddress(prefix);
        Visitor visitor = new TestMembers(port, outbox).confirmed(email);
        return new Member(email, TestMembers.idOf(jdbc, email), visitor);
    }

    private Member signedIn(String prefix) {
        String email = TestMembers.newAddress(prefix);
        Visitor visitor = new TestMembers(port, outbox).signedIn(email);
        return new Member(email, TestMembers.idOf(jdbc, email), visitor);
    }

    private long offers(String email) {
        return outbox.letters().stream().filter(l -> l.letter().to().equalsIgnoreCase(email)
                && l.letter().kind() == LetterKind.APPOINTMENT_OFFER).count();
    }

    private String token(String email) {
        WrittenLetter letter = outbox.letters().stream().map(Outbox.KeptLetter::letter)
                .filter(l -> l.to().equalsIgnoreCase(email) && l.kind() == LetterKind.APPOINTMENT_OFFER)
                .findFirst().orElseThrow(() -> new AssertionError("no offer to " + email));
        Matcher matcher = TOKEN.matcher(letter.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
