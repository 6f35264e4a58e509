package app.temple.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class FolderListingsTest {

    @TempDir
    Path media;

    private final FolderListings listings = new FolderListings();

    @Test
    void aFolderThatDoesNotExistHasNoFilesUntilItIsMade() throws IOException {
        Path course = media.resolve("foundation");
        assertThat(listings.of(course).has("f1-1.mp3")).isFalse();
        Files.createDirectories(course);
        Files.writeString(course.resolve("f1-1.mp3"), "sound");
        assertThat(listings.of(course).has("f1-1.mp3")).isTrue();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNoFolder() throws IOException {
        Files.writeString(media.resolve("foundation"), "not a folder");
        assertThat(listings.of(media.resolve("foundation")).has("f1-1.mp3")).isFalse();
    }

    @Test
    void aFileAddedRightAfterAListingIsSeen() throws IOException {
        Path course = Files.createDirectories(media.resolve("foundation"));
        assertThat(listings.of(course).has("f1-1.mp3")).isFalse();
        Files.writeString(course.resolve("f1-1.mp3"), "sound");
        // within the same clock tick the folder's time may not have moved: a young listing is not trusted
        assertThat(listings.of(course).has("f1-1.mp3")).isTrue();
        Files.delete(course.resolve("f1-1.mp3"));
        assertThat(listings.of(course).has("f1-1.mp3")).isFalse();
    }

    @Test
    void aSettledFolderIsReadAgainOnceItChanges() throws IOException {
        Path course = Files.createDirectories(media.resolve("foundation"));
        Files.writeString(course.resolve("f1-1.mp3"), "sound");
        settle(course);
        assertThat(listings.of(course).has("f1-1.mp3")).isTrue();
        assertThat(listings.of(course).has("f1-2.mp3")).isFalse();

        Files.writeString(course.resolve("f1-2.mp3"), "sound");
        assertThat(listings.of(course).has("f1-2.mp3")).isTrue();
    }

    @Test
    void aSettledUnchangedFolderIsNotReadAgain() throws IOException {
        Path course = Files.createDirectories(media.resolve("foundation"));
        FileTime settledAt = settle(course);
        assertThat(listings.of(course).has("f1-1.mp3")).isFalse();
        // a file slipped in with the folder's time put back, as a change within one clock tick would look
        Files.writeString(course.resolve("f1-1.mp3"), "sound");
        Files.setLastModifiedTime(course, settledAt);
        assertThat(listings.of(course).has("f1-1.mp3")).as("the remembered listing is used").isFalse();
    }

    @Test
    void aListingIsTrustedForAMinuteAtMostEvenWhenTheFolderKeepsItsTime() throws IOException {
        long[] now = {System.currentTimeMillis()};
        FolderListings clocked = new FolderListings(() -> now[0]);
        Path course = Files.createDirectories(media.resolve("foundation"));
        FileTime settledAt = settle(course);
        assertThat(clocked.of(course).has("f1-1.mp3")).isFalse();
        // a mount whose folders keep their time as files come and go
        Files.writeString(course.resolve("f1-1.mp3"), "sound");
        Files.setLastModifiedTime(course, settledAt);

        now[0] += FolderListings.AT_MOST.toMillis() - 1;
        assertThat(clocked.of(course).has("f1-1.mp3")).as("within the minute").isFalse();
        now[0] += 1;
        assertThat(clocked.of(course).has("f1-1.mp3")).as("a minute after it was listed").isTrue();
    }

    @Test
    void aPhotoMovedIntoPlaceCarriesItsNewTime() throws IOException {
        Path photos = Files.createDirectories(media.resolve("practitioners"));
        Path photo = Files.writeString(photos.resolve("maja-lind.jpg"), "old");
        Files.setLastModifiedTime(photo, FileTime.fromMillis(1_000_000));
        settle(photos);
        assertThat(listings.of(photos).modified("maja-lind.jpg")).contains(FileTime.fromMillis(1_000_000));

        Path staged = Files.writeString(photos.resolve(".upload-1.part"), "new");
        Files.setLastModifiedTime(staged, FileTime.fromMillis(2_000_000));
        Files.move(staged, photo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertThat(listings.of(photos).modified("maja-lind.jpg")).contains(FileTime.fromMillis(2_000_000));
    }

    @Test
    void foldersAndOtherEntriesAreNotFiles() throws IOException {
        Path course = Files.createDirectories(media.resolve("foundation"));
        Files.createDirectories(course.resolve("f1-1.mp3"));
        assertThat(listings.of(course).has("f1-1.mp3")).isFalse();
    }

    /** Dates the folder's last change far enough back that its listing is trusted, as after any quiet moment. */
    private static FileTime settle(Path folder) throws IOException {
        FileTime past = FileTime.fromMillis(System.currentTimeMillis() - FolderListings.SETTLED.toMillis() - 5_000);
        Files.setLastModifiedTime(folder, past);
        return past;
    }
}
