package app.temple.account.internal;

import app.temple.account.MemberLimits;
import app.temple.account.internal.RateLimits.Limit;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/** {@link MemberLimits} on the platform's PostgreSQL buckets, one limit per action. */
@Component
class MemberRateLimits implements MemberLimits {

    private final RateLimits limits;

    MemberRateLimits(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Duration tryAcquire(UUID member, Action action) {
        return limits.take(limitOf(action), member.toString());
    }

    static Limit limitOf(Action action) {
        return switch (action) {
            case BOOKING -> Limit.BOOKING_MEMBER;
            case PARTNER_INVITE -> Limit.PARTNER_INVITE_MEMBER;
            case CHECKOUT -> Limit.CHECKOUT_MEMBER;
        };
    }
}
