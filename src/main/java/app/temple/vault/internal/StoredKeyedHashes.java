package app.temple.vault.internal;

import app.temple.vault.KeyedHashes;
import app.temple.vault.SealedData;
import app.temple.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link KeyedHashes} on a 32-byte secret kept in {@code vault_secret}, sealed by the vault. The first node that
 * needs it makes it; when two nodes start at once both try to insert, one wins, and both then read the winner's
 * secret, so every node hashes alike. The opened secret stays in memory only.
 */
final class StoredKeyedHashes implements KeyedHashes, SealedData {

    static final String SECRET_NAME = "keyed-hashes";
    /** The secret belongs to the platform, not to a member: the vault binds it to this owner and field. */
    static final UUID PLATFORM = new UUID(0, 0);
    static final String FIELD = "vault.secret.";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Vault vault;
    private final Clock clock;
    private final String name;
    private final Map<String, SecretKeySpec> keysByPurpose = new ConcurrentHashMap<>();
    private volatile byte[] secret;

    StoredKeyedHashes(JdbcClient jdbc, Vault vault, Clock clock) {
        this(jdbc, vault, clock, SECRET_NAME);
    }

    /** @param name which secret in {@code vault_secret}; another name only for tests */
    StoredKeyedHashes(JdbcClient jdbc, Vault vault, Clock clock, String name) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
        this.name = name;
    }

    @Override
    public byte[] mac(String purpose, String value) {
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A keyed hash needs a purpose");
        }
        Objects.requireNonNull(value, "value");
        SecretKeySpec key = keysByPurpose.computeIfAbsent(purpose,
                p -> new SecretKeySpec(hmac(secret(), "temple-keyed-hash/" + p), ALGORITHM));
        return hmac(key, value);
    }

    /** The opened secret: read once, made first if no node has made it yet. */
    byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = loadOrCreate();
                }
                known = secret;
            }
        }
        return known;
    }

    private byte[] loadOrCreate() {
        byte[] fresh = new byte[SECRET_BYTES];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into vault_secret (name, sealed, created_at) values (?, ?, ?) on conflict (name) do nothing")
                .params(name, vault.seal(PLATFORM, FIELD + name, fresh), Timestamp.from(clock.instant()))
                .update();
        byte[] sealed = jdbc.sql("select sealed from vault_secret where name = ?").param(name)
                .query(byte[].class).single();
        return vault.open(PLATFORM, FIELD + name, sealed);
    }

    @Override
    public int reseal(Vault current) {
        byte[] sealed = jdbc.sql("select sealed from vault_secret where name = ?").param(name)
                .query(byte[].class).optional().orElse(null);
        if (sealed == null || current.isCurrent(sealed)) {
            return 0;
        }
        return jdbc.sql("update vault_secret set sealed = ? where name = ? and sealed = ?")
                .params(current.reseal(PLATFORM, FIELD + name, sealed), name, sealed).update();
    }

    private static byte[] hmac(byte[] key, String message) {
        return hmac(new SecretKeySpec(key, ALGORITHM), message);
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
