package app.temple.privacy.internal;

import app.temple.TempleIntegrationTest;
import app.temple.privacy.AccessEntry;
import app.temple.privacy.AccessLog;
import app.temple.privacy.AccessLogExport;
import app.temple.vault.Vault;
import app.temple.vault.internal.RotatedVaults;
import org.springframework.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@TempleIntegrationTest
class JdbcAccessLogIntegrationTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Vault vault;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    private final UUID her = UUID.randomUUID();
    private final UUID practitioner = UUID.randomUUID();
    private final UUID admin = UUID.randomUUID();

    @Test
    void sheSeesWhoReadWhatNewestFirst() {
        AccessLog log = logAt(MONDAY, MONDAY.plus(Duration.ofHours(2)));
        log.record(her, practitioner, "practitioner", "Anna Berg", "your shared quiz result");
        log.record(her, admin, "admin", "Support", "your booking details");

        assertThat(log.of(her)).containsExactly(
                new AccessEntry(MONDAY.plus(Duration.ofHours(2)), admin, "admin", "Support", "your booking details"),
                new AccessEntry(MONDAY, practitioner, "practitioner", "Anna Berg", "your shared quiz result"));
    }

    @Test
    void herOwnReadsAreNotAccessesBySomeoneElse() {
        accessLog.record(her, her, "member", "Her", "her own notes");

        assertThat(accessLog.of(her)).isEmpty();
    }

    @Test
    void sheSeesOnlyHerOwnEntries() {
        UUID someoneElse = UUID.randomUUID();
        accessLog.record(someoneElse, practitioner, "practitioner", "Anna Berg", "their notes");

        assertThat(accessLog.of(her)).isEmpty();
        assertThat(accessLog.of(someoneElse)).hasSize(1);
    }

    @Test
    void whatWasReadIsNotInTheDatabaseInPlaintext() {
        accessLog.record(her, practitioner, "practitioner", "Anna Berg", "session notes on desire and trauma");

        byte[] stored = jdbc.sql("select what from privacy_access_log where owner_id = ?").param(her)
                .query(byte[].class).single();
        String dump = jdbc.sql("select row_to_json(l)::text from privacy_access_log l where owner_id = ?").param(her)
                .query(String.class).single();

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("desire", "trauma", "session notes");
        assertThat(dump).doesNotContain("desire", "trauma").contains("Anna Berg");
    }

    @Test
    void erasureLeavesNoRowKeyedByHerAndKeepsOthers() {
        UUID someoneElse = UUID.randomUUID();
        accessLog.record(her, practitioner, "practitioner", "Anna Berg", "your notes");
        accessLog.record(her, admin, "admin", "Support", "your bookings");
        accessLog.record(someoneElse, practitioner, "practitioner", "Anna Berg", "their notes");

        accessLog.eraseAll(her);

        assertThat(jdbc.sql("select count(*) from privacy_access_log where owner_id = ?").param(her)
                .query(Integer.class).single()).isZero();
        assertThat(accessLog.of(someoneElse)).hasSize(1);
    }

    @Test
    void herExportHoldsEveryEntryOldestFirstAsJson() {
        Instant exportedAt = MONDAY.plus(Duration.ofDays(1));
        AccessLog log = logAt(MONDAY, MONDAY.plus(Duration.ofMinutes(5)), exportedAt);
        log.record(her, practitioner, "practitioner", "Anna Berg", "first read");
        log.record(her, admin, "admin", "Support", "second read");

        AccessLogExport export = log.export(her);

        assertThat(export.owner()).isEqualTo(her);
        assertThat(export.exportedAt()).isEqualTo(exportedAt);
        assertThat(export.entries()).extracting(AccessEntry::what).containsExactly("first read", "second read");
        assertThat(json.writeValueAsString(export)).contains("\"owner\":\"" + her + "\"", "\"actorRole\":\"practitioner\"",
                "\"what\":\"first read\"", "\"at\":\"2026-03-02T09:15:00Z\"");
    }

    @Test
    @Transactional // the reseal goes over the whole table: the rollback leaves other tests' rows on the test keyset
    void afterARotationResealMovesEveryEntryToTheNewKeyAndRunsAgainHarmlessly() {
        accessLog.record(her, practitioner, "practitioner", "Anna Berg", "before the rotation");
        Vault rotated = RotatedVaults.of(context);
        JdbcAccessLog onRotated = new JdbcAccessLog(jdbc, rotated, Clock.systemUTC());

        int moved = onRotated.reseal(rotated);

        assertThat(moved).isPositive();
        assertThat(jdbc.sql("select what from privacy_access_log").query(byte[].class).list())
                .allSatisfy(what -> assertThat(rotated.isCurrent(what)).isTrue());
        assertThat(onRotated.of(her)).extracting(AccessEntry::what).containsExactly("before the rotation");
        assertThat(onRotated.reseal(rotated)).isZero();
    }

    /** The log on its own clock, which answers {@code instants} in turn. */
    private JdbcAccessLog logAt(Instant... instants) {
        return new JdbcAccessLog(jdbc, vault, new SteppingClock(List.of(instants)));
    }

    private static final class SteppingClock extends Clock {
        private final List<Instant> instants;
        private int next;

        SteppingClock(List<Instant> instants) {
            this.instants = instants;
        }

        @Override
        public Instant instant() {
            return instants.get(Math.min(next++, instants.size() - 1));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
