package app.temple.account.internal;

import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Recovery codes as stored: keyed hashes bound to her, and codes from before still working. */
@TempleIntegrationTest
class RecoveryCodesIntegrationTest {

    @Autowired
    RecoveryCodes recoveryCodes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeWorksOnceForHerAloneAndNeitherItNorItsPlainHashIsStored() {
        UUID her = member();
        UUID someoneElse = member();
        List<String> codes = recoveryCodes.renew(her);

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        List<String> stored = jdbc.sql("select code_hash from account_recovery_code where member_id = ?").param(her)
                .query(String.class).list();
        assertThat(stored).hasSize(10);
        for (String code : codes) {
            assertThat(stored).doesNotContain(code, RecoveryCodes.plainHash(code));
        }

        assertThat(recoveryCodes.use(someoneElse, codes.get(0))).isFalse();
        assertThat(recoveryCodes.use(her, " " + codes.get(0).toUpperCase() + " ")).isTrue();
        assertThat(recoveryCodes.use(her, codes.get(0))).as("a second use").isFalse();
        assertThat(recoveryCodes.unused(her)).isEqualTo(9);
    }

    @Test
    void aCodeStoredBeforeKeyedHashingStillWorksAndIsRehashedAtStart() {
        UUID her = member();
        String writtenDown = "abcde-fghjk";
        String unusedOne = "mnpqr-stuvw";
        legacy(her, writtenDown);
        legacy(her, unusedOne);

        assertThat(recoveryCodes.use(her, writtenDown)).as("an old code before the rehash").isTrue();
        assertThat(recoveryCodes.rehashUnkeyed()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.sql("select count(*) from account_recovery_code where member_id = ? and (not keyed or code_hash = ?)")
                .params(her, RecoveryCodes.plainHash(unusedOne)).query(Integer.class).single()).isZero();
        assertThat(recoveryCodes.use(her, writtenDown)).as("still used up after the rehash").isFalse();
        assertThat(recoveryCodes.use(her, unusedOne)).as("an old code after the rehash").isTrue();
    }

    private void legacy(UUID member, String code) {
        jdbc.sql("insert into account_recovery_code (member_id, code_hash) values (?, ?)")
                .params(member, RecoveryCodes.plainHash(code)).update();
    }

    private UUID member() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account_member (member_id, email, email_key, display_name, created_at) values (?, ?, ?, ?, ?)")
                .params(id, id + "@example.com", id + "@example.com", "Codes", Timestamp.from(Instant.now())).update();
        return id;
    }
}
