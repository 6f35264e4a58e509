package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import app.temple.account.internal.RateLimits.Limit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits as a real node applies them, on the PostgreSQL-backed buckets every node shares. */
@TempleIntegrationTest
class RateLimitsIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void anAddressMaySignUpTenTimesAnHourAndTheTenthSaysHowLongToWait() {
        RateLimits limits = new RateLimits(dataSource, "test", 1);
        String address = "203.0.113." + UUID.randomUUID().hashCode();
        for (int i = 0; i < 9; i++) {
            assertThat(limits.consume(Limit.SIGN_UP_ADDRESS, address)).isZero();
        }

        Duration wait = limits.consume(Limit.SIGN_UP_ADDRESS, address);

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(limits.waitBefore(Limit.SIGN_UP_ADDRESS, address)).isPositive();
    }

    @Test
    void twoNodesShareOneBucket() {
        RateLimits nodeA = new RateLimits(dataSource, "test", 1);
        RateLimits nodeB = new RateLimits(dataSource, "test", 1);
        String account = "shared-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 3; i++) {
            nodeA.consume(Limit.SIGN_IN_ACCOUNT, account);
            nodeB.consume(Limit.SIGN_IN_ACCOUNT, account);
        }

        assertThat(nodeA.waitBefore(Limit.SIGN_IN_ACCOUNT, account)).isPositive();
    }

    @Test
    void keysAreNotStoredInClear() {
        RateLimits limits = new RateLimits(dataSource, "test", 1);
        limits.consume(Limit.SIGN_IN_ACCOUNT, "visible@example.com");

        assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource).sql("select count(*) from account_rate_limit where id like '%visible%'").query(Integer.class).single()).isZero();
    }
}
