package app.temple.course;

import app.temple.SilentWav;
import app.temple.TestMembers;
import app.temple.Visitor;
import app.temple.billing.internal.Grants;
import app.temple.mail.internal.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** What the course tests set up: a Foundation lesson's recording with captions, and a member with access. */
public final class CourseFixtures {

    private CourseFixtures() {
    }

    /** A recording of silence with one caption for a Foundation lesson, in the media directory; returns its bytes. */
    public static byte[] recording(Path mediaDir, String lesson, int seconds, String caption) throws IOException {
        byte[] wav = SilentWav.seconds(seconds);
        Files.createDirectories(mediaDir.resolve("foundation"));
        Files.write(mediaDir.resolve("foundation/" + lesson + ".wav"), wav);
        Files.writeString(mediaDir.resolve("foundation/" + lesson + ".vtt"), "WEBVTT\n\n00:00.000 --> 00:01.500\n" + caption + "\n");
        return wav;
    }

    /** A member, signed in, who has held an access grant for Foundation since a minute ago. */
    public static Visitor memberWithFoundation(int port, Outbox outbox, JdbcClient jdbc, Grants grants, String prefix) {
        return memberWithFoundationAt(port, outbox, jdbc, grants, TestMembers.newAddress(prefix));
    }

    /** The same, at an address the test chose, to look her up by. */
    public static Visitor memberWithFoundationAt(int port, Outbox outbox, JdbcClient jdbc, Grants grants, String email) {
        Visitor member = new TestMembers(port, outbox).signedIn(email);
        grants.grantByAdmin(TestMembers.idOf(jdbc, email), "foundation", Instant.now().minusSeconds(60), null, UUID.randomUUID());
        return member;
    }
}
