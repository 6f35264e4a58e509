package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import app.temple.TestMembers;
import app.temple.account.Accounts;
import app.temple.account.internal.RateLimits.Limit;
import app.temple.mail.internal.Outbox;
import app.temple.vault.KeyedHashes;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits as a real node applies them, on the PostgreSQL-backed buckets every node shares. */
@TempleIntegrationTest
class RateLimitsIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    KeyedHashes keyedHashes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RateLimits limits;
    @Autowired
    Accounts accounts;
    @Autowired
    Outbox outbox;
    @LocalServerPort
    int port;

    private RateLimits node() {
        return new RateLimits(dataSource, keyedHashes, 1, 20);
    }

    @Test
    void anAddressMaySignUpTenTimesAnHourAndTheTenthSaysHowLongToWait() {
        RateLimits limits = node();
        String address = "203.0.113." + UUID.randomUUID().hashCode();
        for (int i = 0; i < 9; i++) {
            assertThat(limits.consume(Limit.SIGN_UP_ADDRESS, address)).isZero();
        }

        Duration wait = limits.consume(Limit.SIGN_UP_ADDRESS, address);

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(limits.waitBefore(Limit.SIGN_UP_ADDRESS, address)).isPositive();
    }

    @Test
    void takeAllowsExactlyTheLimitAndRefusesTheNextWithTheWait() {
        RateLimits limits = node();
        String account = "take-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertThat(limits.take(Limit.SIGN_IN_ACCOUNT, account)).as("attempt " + (i + 1)).isZero();
        }

        assertThat(limits.take(Limit.SIGN_IN_ACCOUNT, account)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
        limits.giveBack(Limit.SIGN_IN_ACCOUNT, account);
        assertThat(limits.take(Limit.SIGN_IN_ACCOUNT, account)).isZero();
    }

    @Test
    void twoNodesShareOneBucket() {
        RateLimits nodeA = node();
        RateLimits nodeB = node();
        String account = "shared-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            nodeA.consume(Limit.SIGN_IN_ACCOUNT, account);
            nodeB.consume(Limit.SIGN_IN_ACCOUNT, account);
        }

        assertThat(nodeA.waitBefore(Limit.SIGN_IN_ACCOUNT, account)).isPositive();
    }

    @Test
    void twoAddressesOfOneIpv6NetworkShareABucketAndAnotherNetworkDoesNot() {
        RateLimits limits = node();
        String network = "2001:db8:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
        String first = ClientAddress.limitedAs(network + ":1::1");
        String second = ClientAddress.limitedAs(network + ":1:abcd:ef01:2345:6789");
        for (int i = 0; i < 9; i++) {
            limits.consume(Limit.SIGN_UP_ADDRESS, i % 2 == 0 ? first : second);
        }

        assertThat(limits.consume(Limit.SIGN_UP_ADDRESS, second)).isPositive();
        assertThat(limits.waitBefore(Limit.SIGN_UP_ADDRESS, ClientAddress.limitedAs(network + ":2::1"))).isZero();
    }

    @Test
    void keysAreHmacsSoNeitherTheAddressNorAPlainOrSaltedHashOfItIsStored() {
        String email = "visible-" + UUID.randomUUID() + "@example.com";
        node().consume(Limit.SIGN_IN_ACCOUNT, email);

        List<String> ids = jdbc.sql("select id from account_rate_limit").query(String.class).list();
        String expected = "SIGN_IN_ACCOUNT:" + keyedHashes.macHex(RateLimits.KEY_PURPOSE, email);
        assertThat(ids).contains(expected);
        for (String guess : List.of(email, DigestUtils.sha256Hex(email), DigestUtils.sha256Hex("temple\u0000" + email).substring(0, 32),
                DigestUtils.sha256Hex("test\u0000" + email).substring(0, 32), DigestUtils.md5Hex(email))) {
            assertThat(ids).noneMatch(id -> id.contains(guess));
        }
    }

    @Test
    void erasingHerAccountDeletesTheBucketsCountedByHerAddressAndHerId() {
        String email = TestMembers.newAddress("limited");
        new TestMembers(port, outbox).confirmed(email);
        UUID member = jdbc.sql("select member_id from account_member where email_key = ?").param(email)
                .query(UUID.class).single();
        String someoneElse = "other-" + UUID.randomUUID() + "@example.com";
        limits.consume(Limit.SIGN_IN_ACCOUNT, email);
        limits.consume(Limit.EMAIL_LINK_ACCOUNT, email);
        limits.consume(Limit.SECOND_FACTOR_ACCOUNT, member.toString());
        limits.consume(Limit.REAUTHENTICATION_ACCOUNT, member.toString());
        limits.consume(Limit.SIGN_IN_ACCOUNT, someoneElse);
        List<String> hers = List.of(limits.id(Limit.SIGN_IN_ACCOUNT, email), limits.id(Limit.EMAIL_LINK_ACCOUNT, email),
                limits.id(Limit.SECOND_FACTOR_ACCOUNT, member.toString()),
                limits.id(Limit.REAUTHENTICATION_ACCOUNT, member.toString()));
        assertThat(rows(hers)).isEqualTo(4);

        accounts.erase(member);

        assertThat(rows(hers)).as("her rate-limit rows after erasure").isZero();
        assertThat(rows(List.of(limits.id(Limit.SIGN_IN_ACCOUNT, someoneElse)))).isEqualTo(1);
    }

    private int rows(List<String> ids) {
        return jdbc.sql("select count(*) from account_rate_limit where id in (:ids)").param("ids", ids)
                .query(Integer.class).single();
    }
}
