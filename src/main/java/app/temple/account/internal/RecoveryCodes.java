package app.temple.account.internal;

import app.temple.vault.KeyedHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The ten single-use codes that stand in for a lost phone. Only an HMAC of each is stored, under the platform's
 * secret ({@link KeyedHashes}) and bound to her id: a copy of the database cannot be searched for codes offline,
 * and a code's row matches no one else's. Rows from before (a plain SHA-256, {@code keyed = false}) are still
 * accepted and are rehashed in place at start, so no code she wrote down stops working.
 */
@Component
class RecoveryCodes {

    static final String PURPOSE = "account.recovery-code";
    static final int COUNT = 10;

    private static final Logger log = LoggerFactory.getLogger(RecoveryCodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final KeyedHashes keyedHashes;
    private final Clock clock;

    RecoveryCodes(JdbcClient jdbc, KeyedHashes keyedHashes, Clock clock) {
        this.jdbc = jdbc;
        this.keyedHashes = keyedHashes;
        this.clock = clock;
    }

    /** Replaces her codes with ten new ones; returns them, to be shown to her only now. */
    @Transactional
    List<String> renew(UUID member) {
        jdbc.sql("delete from account_recovery_code where member_id = ?").param(member).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = randomCode();
            codes.add(code);
            jdbc.sql("insert into account_recovery_code (member_id, code_hash, keyed) values (?, ?, true)")
                    .params(member, keyed(member, plainHash(code))).update();
        }
        return codes;
    }

    /** Uses up the code if it is one of hers and unused; says whether it was. */
    boolean use(UUID member, String code) {
        String plain = plainHash(code);
        return jdbc.sql("""
                        update account_recovery_code set used_at = ?
                        where member_id = ? and used_at is null
                          and ((keyed and code_hash = ?) or (not keyed and code_hash = ?))
                        """)
                .params(Timestamp.from(clock.instant()), member, keyed(member, plain), plain)
                .update() > 0;
    }

    int unused(UUID member) {
        return jdbc.sql("select count(*) from account_recovery_code where member_id = ? and used_at is null")
                .param(member).query(Integer.class).single();
    }

    /**
     * Rehashes every code stored before codes were keyed. Safe on several nodes at once: a row is rewritten only
     * while it is still unkeyed, and every node computes the same HMAC.
     */
    @EventListener(ApplicationReadyEvent.class)
    int rehashUnkeyed() {
        record Unkeyed(UUID member, String hash) {
        }
        List<Unkeyed> rows = jdbc.sql("select member_id, code_hash from account_recovery_code where not keyed")
                .query((row, i) -> new Unkeyed(row.getObject("member_id", UUID.class), row.getString("code_hash")))
                .list();
        int rehashed = 0;
        for (Unkeyed row : rows) {
            rehashed += jdbc.sql("""
                            update account_recovery_code set code_hash = ?, keyed = true
                            where member_id = ? and code_hash = ? and not keyed
                            """)
                    .params(keyed(row.member(), row.hash()), row.member(), row.hash()).update();
        }
        if (rehashed > 0) {
            log.info("Accounts: {} recovery code(s) from before keyed hashing rehashed", rehashed);
        }
        return rehashed;
    }

    /** The stored form: an HMAC of her id and the code's SHA-256 (the SHA-256 is what older rows hold). */
    private String keyed(UUID member, String plainHash) {
        return keyedHashes.macHex(PURPOSE, member + ":" + plainHash);
    }

    static String plainHash(String code) {
        return Tokens.hash(normalise(code));
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
