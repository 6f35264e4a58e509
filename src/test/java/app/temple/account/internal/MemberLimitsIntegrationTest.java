package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.account.Accounts;
import app.temple.account.MemberLimits;
import app.temple.account.internal.RateLimits.Limit;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.booking.internal.Slot;
import app.temple.mail.internal.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly limits per member (DESIGN.md: booking and partner invites): twenty bookings an hour, the twenty-first is
 * answered 429 with the site's "please wait" page in her language and books nothing; her buckets go with her account.
 */
@TempleIntegrationTest
class MemberLimitsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Practitioners practitioners;
    @Autowired
    BookingService bookings;
    @Autowired
    MemberLimits memberLimits;
    @Autowired
    RateLimits limits;
    @Autowired
    Accounts accounts;

    @Test
    void theTwentyFirstBookingInAnHourIsRefusedWithAPageInHerLanguageAndBooksNothing() {
        String email = TestMembers.newAddress("limited");
        Visitor her = new TestMembers(port, outbox).signedIn(email);
        UUID member = TestMembers.idOf(jdbc, email);
        String slug = BookingFixtures.practitioner(practitioners, "limits", 0, 0);
        Practitioner practitioner = BookingFixtures.find(practitioners, slug);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.SHORT);
        List<Slot> free = bookings.freeSlots(practitioner, type);
        String book = "/sessions/practitioners/" + slug + "/" + BookingFixtures.SHORT + "/book";
        her.get("/sessions/practitioners/" + slug);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> booked = her.post(book, "start", free.get(10 + i * 2).start().toString(), "zone", "UTC",
                    "key", key());
            assertThat(redirectPath(booked)).as("booking " + (i + 1)).endsWith("?booked");
        }

        HttpResponse<String> refused = her.post(book, "start", free.get(60).start().toString(), "zone", "UTC", "key", key());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, Duration.ofHours(1).toSeconds()));
        assertThat(refused.body()).contains("Please wait a moment", "too many attempts in a short time");
        assertThat(booked(member)).as("nothing booked past the limit").isEqualTo(20);

        her.get("/sessions?lang=sv");
        HttpResponse<String> inSwedish = her.post(book, "start", free.get(62).start().toString(), "zone", "UTC", "key", key());
        assertThat(inSwedish.statusCode()).isEqualTo(429);
        assertThat(inSwedish.body()).contains("Vänta en liten stund").doesNotContain("Please wait");
        assertThat(booked(member)).isEqualTo(20);

        // moving counts against the same hour: the limit is on taking a practitioner's time, whichever way
        String one = jdbc.sql("select id from booking_booking where member_id = ? limit 1").param(member)
                .query(String.class).single();
        assertThat(her.post("/account/bookings/" + one + "/move", "start", free.get(64).start().toString()).statusCode())
                .isEqualTo(429);
    }

    @Test
    void partnerInvitesHaveTheirOwnHourlyLimitAndErasureDeletesHerBuckets() {
        String email = TestMembers.newAddress("limited-eraser");
        new TestMembers(port, outbox).confirmed(email);
        UUID member = TestMembers.idOf(jdbc, email);
        for (int i = 0; i < 20; i++) {
            assertThat(memberLimits.tryAcquire(member, MemberLimits.Action.PARTNER_INVITE)).as("invite " + (i + 1)).isZero();
        }
        assertThat(memberLimits.tryAcquire(member, MemberLimits.Action.PARTNER_INVITE)).isPositive();
        assertThat(memberLimits.tryAcquire(member, MemberLimits.Action.BOOKING)).as("another action, another bucket").isZero();
        assertThat(memberLimits.tryAcquire(UUID.randomUUID(), MemberLimits.Action.PARTNER_INVITE)).as("another member").isZero();
        List<String> hers = List.of(limits.id(Limit.BOOKING_MEMBER, member.toString()),
                limits.id(Limit.PARTNER_INVITE_MEMBER, member.toString()));
        assertThat(rows(hers)).isEqualTo(2);

        accounts.erase(member);

        assertThat(rows(hers)).as("her buckets went with her account").isZero();
    }

    private int booked(UUID member) {
        return jdbc.sql("select count(*) from booking_booking where member_id = ?").param(member).query(Integer.class).single();
    }

    private int rows(List<String> ids) {
        return jdbc.sql("select count(*) from account_rate_limit where id in (:ids)").param("ids", ids)
                .query(Integer.class).single();
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
