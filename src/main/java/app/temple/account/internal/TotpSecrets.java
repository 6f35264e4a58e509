package app.temple.account.internal;

import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The authenticator app's shared secret, kept only sealed: a database dump must not let anyone make her codes.
 * Secrets that an earlier version stored in clear are sealed once, on start.
 */
@Component
class TotpSecrets implements SealedData {

    static final String FIELD = "account.totp-secret";
    private static final Logger log = LoggerFactory.getLogger(TotpSecrets.class);

    private final Vault seal;
    private final JdbcClient jdbc;

    TotpSecrets(Vault seal, JdbcClient jdbc) {
        this.seal = seal;
        this.jdbc = jdbc;
    }

    byte[] seal(UUID member, String secret) {
        return seal.sealText(member, FIELD, secret);
    }

    String open(UUID member, byte[] sealed) {
        return sealed == null ? null : seal.openText(member, FIELD, sealed);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealSecretsKeptInClear() {
        record Clear(UUID member, String secret) {
            @Override
            public String toString() {
                return "Clear[member=" + member + ", (secret redacted)]";
            }
        }
        List<Clear> clear = jdbc.sql("select member_id, totp_secret from account_member where totp_secret is not null")
                .query((row, i) -> new Clear(row.getObject("member_id", UUID.class), row.getString("totp_secret"))).list();
        for (Clear found : clear) {
            jdbc.sql("update account_member set totp_secret_sealed = ?, totp_secret = null where member_id = ?")
                    .params(seal(found.member(), found.secret()), found.member()).update();
        }
        if (!clear.isEmpty()) {
            log.info("Sealed {} authenticator secrets that were stored in clear", clear.size());
        }
    }

    /** Seals again, under the vault's primary key, every secret sealed under an older one; returns how many. */
    @Override
    public int reseal(Vault current) {
        record Sealed(UUID member, byte[] sealed) {
        }
        List<Sealed> all = jdbc.sql("select member_id, totp_secret_sealed from account_member where totp_secret_sealed is not null")
                .query((row, i) -> new Sealed(row.getObject("member_id", UUID.class), row.getBytes("totp_secret_sealed"))).list();
        int count = 0;
        for (Sealed found : all) {
            if (!seal.isCurrent(found.sealed())) {
                jdbc.sql("update account_member set totp_secret_sealed = ? where member_id = ?")
                        .params(seal(found.member(), open(found.member(), found.sealed())), found.member()).update();
                count++;
            }
        }
        return count;
    }
}
