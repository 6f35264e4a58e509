package app.temple.operations;

import app.temple.TempleApplication;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.booking.BookingFixtures;
import app.temple.booking.internal.BookingOutcome;
import app.temple.booking.internal.BookingRequest;
import app.temple.booking.internal.BookingService;
import app.temple.booking.internal.Practitioners;
import app.temple.booking.internal.SessionType;
import app.temple.course.CourseFixtures;
import app.temple.mail.internal.Outbox;
import app.temple.privacy.internal.PrivacyCentre;
import app.temple.quiz.QuizTaker;
import app.temple.vault.VaultException;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static app.temple.Visitor.redirectPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/backup.md, done: a member with quiz results, a reflection, course progress, an access grant and a booking;
 * {@code pg_dump --format=custom}; {@code pg_restore} into a fresh database; Temple with the same keyset on the
 * restored database gives her the very export she had before, sealed values opened; with another keyset, they
 * do not open at all.
 */
class BackupAndRestoreIntegrationTest {

    private static final String LESSON = "/courses/foundation/f1-1";

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aRestoredDumpGivesHerTheSameExport() throws Exception {
        Path keyset = newKeyset();
        String email = TestMembers.newAddress("backup");
        String reflection = "Slower mornings helped " + UUID.randomUUID();
        try (DebianPostgres server = DebianPostgres.start(work)) {
            server.createDatabase("temple_live");
            server.createDatabase("temple_restored");
            Path dump = work.resolve("temple.dump");
            String before;
            try (ConfigurableApplicationContext live = temple(server.jdbcUrl("temple_live"), keyset)) {
                UUID member = memberWithEverything(live, email, reflection);
                server.run("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file=" + dump,
                        server.connection("temple_live"));
                before = export(live, member);
                assertThat(server.run("pg_dump", "--format=plain", server.connection("temple_live")))
                        .as("privacy rule 3: the dump holds none of her words").doesNotContain(reflection).contains(email);
            }
            assertThat(before).contains(email, reflection, "nervous-system", "foundation");

            server.run("pg_restore", "--dbname=" + server.connection("temple_restored"), "--no-owner", "--no-privileges",
                    "--exit-on-error", "--single-transaction", dump.toString());

            try (ConfigurableApplicationContext restored = temple(server.jdbcUrl("temple_restored"), keyset)) {
                UUID member = TestMembers.idOf(restored.getBean(JdbcClient.class), email);
                assertThat(export(restored, member)).isEqualTo(before);
            }

            // the same dump with another keyset: her sealed values do not open (docs/backup.md, keep the keyset)
            try (ConfigurableApplicationContext withoutItsKeyset = temple(server.jdbcUrl("temple_restored"), newKeyset())) {
                UUID member = TestMembers.idOf(withoutItsKeyset.getBean(JdbcClient.class), email);
                assertThatThrownBy(() -> export(withoutItsKeyset, member)).isInstanceOf(VaultException.class);
            }
        }
    }

    /** Saved quiz result, a reflection and a lesson done, an access grant, and a booking with a note. */
    private static UUID memberWithEverything(ConfigurableApplicationContext temple, String email, String reflection) {
        int port = port(temple);
        JdbcClient jdbc = temple.getBean(JdbcClient.class);
        Visitor her = CourseFixtures.memberWithFoundationAt(port, temple.getBean(Outbox.class), jdbc,
                temple.getBean(Grants.class), email);
        UUID id = TestMembers.idOf(jdbc, email);
        QuizTaker.takeAndKeep(her);
        assertThat(redirectPath(her.post(LESSON + "/reflection", "reflection", reflection)))
                .isEqualTo(LESSON + "?saved#reflection");
        assertThat(redirectPath(her.post(LESSON + "/done"))).isEqualTo(LESSON + "#progress");

        Practitioners practitioners = temple.getBean(Practitioners.class);
        BookingService bookings = temple.getBean(BookingService.class);
        String slug = BookingFixtures.practitioner(practitioners, "backup", 0, 0);
        SessionType type = BookingFixtures.type(practitioners, slug, BookingFixtures.LONG);
        Instant start = bookings.freeSlots(BookingFixtures.find(practitioners, slug), type).get(100).start();
        BookingOutcome booked = bookings.book(new BookingRequest(id, type.id(), start, ZoneId.of("Europe/Stockholm"),
                Locale.ENGLISH, UUID.randomUUID().toString().replace("-", ""), "A quiet room, please"));
        assertThat(booked).isInstanceOf(BookingOutcome.Done.class);
        return id;
    }

    /** Her export as she downloads it, but for the moment it was made. */
    private static String export(ConfigurableApplicationContext temple, UUID member) {
        Map<String, Object> export = new LinkedHashMap<>(temple.getBean(PrivacyCentre.class).export(member));
        assertThat(export.remove("exportedAt")).isNotNull();
        return temple.getBean(JsonMapper.class).writeValueAsString(export);
    }

    private ConfigurableApplicationContext temple(String databaseUrl, Path keyset) {
        return new SpringApplicationBuilder(TempleApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--temple.vault.master-keyset-file=" + keyset,
                "--temple.mail.dev-outbox=true");
    }

    private static int port(ConfigurableApplicationContext temple) {
        return temple.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** A production keyset in a file of its own, as docs/deploy.md has one made. */
    private Path newKeyset() throws Exception {
        AeadConfig.register();
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        Path file = Files.createTempFile(work, "master-keyset", ".json");
        Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
        return file;
    }
}
