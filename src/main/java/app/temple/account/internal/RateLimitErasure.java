package app.temple.account.internal;

import app.temple.account.MemberErasureRequested;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * When she erases her account, the rate-limit buckets counted by her address (and an address she was changing
 * to) or by her id go with it. Their keys are HMACs, so they are found by computing them again; this runs in
 * the erasure's transaction, before her row is deleted, while her address can still be read.
 */
@Component
class RateLimitErasure {

    private final JdbcClient jdbc;
    private final RateLimits limits;

    RateLimitErasure(JdbcClient jdbc, RateLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    @EventListener
    void on(MemberErasureRequested erasure) {
        List<String> addresses = new ArrayList<>();
        jdbc.sql("select email_key, pending_email from account_member where member_id = ?")
                .param(erasure.memberId())
                .query((RowCallbackHandler) row -> {
                    addresses.add(row.getString("email_key"));
                    if (row.getString("pending_email") != null) {
                        addresses.add(Member.emailKey(row.getString("pending_email")));
                    }
                });
        limits.forget(erasure.memberId(), addresses);
    }
}
