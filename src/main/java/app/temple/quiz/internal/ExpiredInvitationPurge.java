package app.temple.quiz.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Removes partner invitations that expired unused, so a member's result sealed into an invitation is not kept a
 * moment longer than the 14 days the link could be used; and results held for an account whose address was never
 * confirmed, once its confirmation link has expired ({@link HeldResults}). db-scheduler runs it on one node at a time
 * ({@link PartnerPurgeTask}); the time comes from the injected clock, so a test can move it.
 */
@Component
class ExpiredInvitationPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredInvitationPurge.class);

    private final PartnerLinks partners;
    private final HeldResults held;
    private final Clock clock;

    ExpiredInvitationPurge(PartnerLinks partners, HeldResults held, Clock clock) {
        this.partners = partners;
        this.held = held;
        this.clock = clock;
    }

    @Transactional
    public int purge() {
        int deleted = partners.deleteExpiredUnused(clock.instant());
        if (deleted > 0) {
            log.info("Quizzes: {} expired partner invitation(s) deleted", deleted);
        }
        int unconfirmed = held.deleteExpired(clock.instant());
        if (unconfirmed > 0) {
            log.info("Quizzes: {} result(s) held for an address never confirmed deleted", unconfirmed);
        }
        return deleted + unconfirmed;
    }
}
