package app.temple;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.lang3.SystemUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumingThat;

class PostgresBinariesTest {

    @TempDir
    Path workingDirectory;

    @TempDir
    Path dataDirectory;

    @TempDir
    Path elsewhere;

    @Test
    void zonkyStartsPostgresFromTheFolderUnpackedHereWithoutUnpackingItAgain() throws IOException, SQLException {
        Path folder = new PostgresBinaries(workingDirectory).unpacked();

        assertThat(folder.resolve(PostgresBinaries.COMPLETE)).exists();
        assertThat(folder.resolve("bin/postgres")).isExecutable();
        assumingThat(SystemUtils.IS_OS_LINUX, () -> assertThat(folder.resolve("lib/libicuuc.so")).isSymbolicLink());
        FileTime marked = Files.getLastModifiedTime(folder.resolve(PostgresBinaries.COMPLETE));
        FileTime program = Files.getLastModifiedTime(folder.resolve("bin/postgres"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setDataDirectory(dataDirectory)
                .start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet answer = connection.createStatement().executeQuery("select 1 + 1")) {
            assertThat(answer.next()).isTrue();
            assertThat(answer.getInt(1)).isEqualTo(2);
        }
        // zonky names the folder by the archive's digest too: a different name would be a second, fresh folder; and
        // had it judged this one unfinished, it would have unpacked it again, newer
        assertThat(foldersIn(workingDirectory)).containsExactly(folder);
        assertThat(Files.getLastModifiedTime(folder.resolve(PostgresBinaries.COMPLETE))).isEqualTo(marked);
        assertThat(Files.getLastModifiedTime(folder.resolve("bin/postgres"))).isEqualTo(program);
    }

    @Test
    void aFolderLeftHalfUnpackedIsReplaced() throws IOException {
        Path complete = new PostgresBinaries(workingDirectory).unpacked();
        Path name = complete.getFileName();
        // what zonky left when the heap ran out: some files, a link, no mark; its next start failed on the link
        Path halfway = elsewhere.resolve(name);
        Files.createDirectories(halfway.resolve("lib"));
        Files.createSymbolicLink(halfway.resolve("lib/libicuuc.so"), Path.of("libicuuc.so.60.2"));
        // and what a process killed in the middle of unpacking leaves: its temporary folder
        Path killedMidway = Files.createDirectories(elsewhere.resolve(name + ".1234567/bin"));
        Files.writeString(killedMidway.resolve("postgres"), "half a program");

        Path folder = new PostgresBinaries(elsewhere).unpacked();

        assertThat(folder).isEqualTo(halfway);
        assertThat(folder.resolve(PostgresBinaries.COMPLETE)).exists();
        assertThat(folder.resolve("bin/postgres")).isExecutable();
        assertThat(foldersIn(elsewhere)).containsExactly(halfway);
    }

    @Test
    void unpacksWithinTheHeapOfANodeStartedAsDeployMdRecommends() throws IOException, InterruptedException {
        // zonky's own unpacking needed about 100 MB of heap; -Xmx96m stopped it. A third of that is plenty here.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dataDirectory.resolve("unpacking.log");
        Process unpacking = new ProcessBuilder(List.of(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                UnpackInOwnProcess.class.getName(), workingDirectory.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean ended = unpacking.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            unpacking.destroyForcibly();
        }
        assertThat(ended).as("unpacked within two minutes").isTrue();
        assertThat(unpacking.exitValue()).as(Files.readString(output)).isZero();
        assertThat(foldersIn(workingDirectory)).singleElement()
                .satisfies(folder -> assertThat(folder.resolve("bin/postgres")).isExecutable());
    }

    private static List<Path> foldersIn(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    /** Started in a JVM of its own, with a small heap. */
    public static final class UnpackInOwnProcess {
        public static void main(String[] args) throws IOException {
            new PostgresBinaries(Path.of(args[0])).unpacked();
        }
    }
}
