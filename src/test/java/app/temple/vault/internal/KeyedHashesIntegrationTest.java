package app.temple.vault.internal;

import app.temple.TempleIntegrationTest;
import app.temple.vault.KeyedHashes;
import app.temple.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's HMAC secret as nodes share it, on the real database and vault. */
@TempleIntegrationTest
class KeyedHashesIntegrationTest {

    @Autowired
    KeyedHashes keyedHashes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Vault vault;
    @Autowired
    Clock clock;

    @Test
    void theSameValueHashesAlikeOnAnotherNodeAndAfterARestart() {
        byte[] running = keyedHashes.mac("account.rate-limit", "robin@example.com");
        // a fresh instance reads the stored secret, as a second node or a restarted one does
        byte[] restarted = new StoredKeyedHashes(jdbc, vault, clock).mac("account.rate-limit", "robin@example.com");

        assertThat(restarted).hasSize(32).isEqualTo(running);
        assertThat(keyedHashes.macHex("account.rate-limit", "robin@example.com")).isEqualTo(HexFormat.of().formatHex(running));
    }

    @Test
    void differentPurposesAndValuesGiveDifferentHashes() {
        assertThat(keyedHashes.mac("account.rate-limit", "robin@example.com"))
                .isNotEqualTo(keyedHashes.mac("account.recovery-code", "robin@example.com"))
                .isNotEqualTo(keyedHashes.mac("account.rate-limit", "robyn@example.com"));
    }

    @Test
    void twoNodesStartingAtOnceAgreeOnOneSecret() throws Exception {
        String name = "test-" + UUID.randomUUID();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2); // the common pool may have a single thread
        List<CompletableFuture<byte[]>> nodes = List.of(1, 2).stream().map(node -> CompletableFuture.supplyAsync(() -> {
            StoredKeyedHashes hashes = new StoredKeyedHashes(jdbc, vault, clock, name);
            await(together);
            return hashes.mac("purpose", "value");
        }, threads)).toList();

        assertThat(nodes.get(0).get(30, TimeUnit.SECONDS)).isEqualTo(nodes.get(1).get(30, TimeUnit.SECONDS));
        threads.shutdown();
        assertThat(jdbc.sql("select count(*) from vault_secret where name = ?").param(name).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void theStoredSecretIsSealedAndAloneIsNoHelpWithoutTheKeyset() throws Exception {
        String name = "test-" + UUID.randomUUID();
        StoredKeyedHashes hashes = new StoredKeyedHashes(jdbc, vault, clock, name);
        byte[] mac = hashes.mac("purpose", "value");
        byte[] secret = hashes.secret();
        byte[] stored = jdbc.sql("select sealed from vault_secret where name = ?").param(name).query(byte[].class).single();

        assertThat(indexOf(stored, secret)).as("the secret in clear in its row").isEqualTo(-1);
        assertThat(stored.length).isGreaterThan(secret.length);
        // the hashes really come from that secret, through a key of their own per purpose
        byte[] purposeKey = hmac(secret, "temple-keyed-hash/purpose");
        assertThat(hmac(purposeKey, "value")).isEqualTo(mac);
        assertThat(hmac(stored, "value")).isNotEqualTo(mac);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
