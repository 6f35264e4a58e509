package app.temple.site;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The files in media folders, each folder read again only when it has changed. A page that shows whether a
 * recording, captions or a photo exists asked the file system once for every name the file might have (up to eight
 * for a lesson: 4–5% of a member's lesson page and of a free-times page, async-profiler 2026-12-06); now it asks for
 * the folder's modification time once, and reads the folder's names only after something in it was added, removed or
 * moved into place, which is how Temple itself stores media. A file overwritten in place, without its folder changing,
 * is seen as it was until the folder next changes, or for a minute at most ({@link #AT_MOST}).
 *
 * <p>A folder's time is only as fine as the file system's clock tick, so a change within the same tick as a listing
 * could leave its time unchanged. A listing is therefore trusted only when it was made {@link #SETTLED} after the
 * folder's last change (as git does with its index); until then the folder is read on every call. This compares
 * the folder's time with the machine's wall clock, never with the application's clock, which tests may stop.
 */
public final class FolderListings {

    /** How long after a folder's last change its listing is trusted: above the clock tick of the usual file systems. */
    static final Duration SETTLED = Duration.ofSeconds(2);
    /**
     * How long a listing is trusted at most, even with the folder's time unchanged: on a mount whose folders keep
     * their time when files come and go (some network and FUSE file systems), or after a tool put a folder's time
     * back, a new file shows within this.
     */
    static final Duration AT_MOST = Duration.ofMinutes(1);

    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();
    private final LongSupplier wallClockMillis;

    public FolderListings() {
        this(System::currentTimeMillis);
    }

    /** With another wall clock: a test's, to pass {@link #AT_MOST} without waiting for it. */
    FolderListings(LongSupplier wallClockMillis) {
        this.wallClockMillis = wallClockMillis;
    }

    /** The folder's regular files as they are now, for as many names as the caller asks about. */
    public Listing of(Path folder) {
        FileTime changed = lastChange(folder);
        if (changed == null) {
            listings.remove(folder);
            return Listing.EMPTY;
        }
        long now = wallClockMillis.getAsLong();
        Listing known = listings.get(folder);
        if (known != null && known.isCurrent(changed, now)) {
            return known;
        }
        Listing fresh = Listing.read(folder, changed, now);
        listings.put(folder, fresh);
        return fresh;
    }

    /**
     * The folder's last change, or null when there is no such folder. Asked so that a missing folder throws nothing:
     * the exception, with its stack, cost more than all the questions it replaced (a media folder is missing until
     * its first file arrives).
     */
    private static FileTime lastChange(Path folder) {
        try {
            BasicFileAttributes attributes = folder.getFileSystem().provider()
                    .readAttributesIfExists(folder, BasicFileAttributes.class);
            return attributes != null && attributes.isDirectory() ? attributes.lastModifiedTime() : null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** The regular files of one folder (symbolic links followed), by name, with their modification times. */
    public static final class Listing {

        static final Listing EMPTY = new Listing(FileTime.fromMillis(0), 0, Map.of());

        private final FileTime folderChanged;
        private final long listedAtMillis;
        private final Map<String, FileTime> files;

        private Listing(FileTime folderChanged, long listedAtMillis, Map<String, FileTime> files) {
            this.folderChanged = folderChanged;
            this.listedAtMillis = listedAtMillis;
            this.files = files;
        }

        /** Whether a regular file of this name is in the folder. */
        public boolean has(String name) {
            return files.containsKey(name);
        }

        /** The file's modification time, if a regular file of this name is in the folder. */
        public Optional<FileTime> modified(String name) {
            return Optional.ofNullable(files.get(name));
        }

        boolean isCurrent(FileTime folderNow, long nowMillis) {
            return folderChanged.equals(folderNow) && listedAtMillis - folderChanged.toMillis() >= SETTLED.toMillis()
                    && nowMillis - listedAtMillis < AT_MOST.toMillis();
        }

        /** {@code listedAt} is taken before reading, so that a change during the reading makes the listing look younger, never older. */
        static Listing read(Path folder, FileTime changed, long listedAt) {
            Map<String, FileTime> files = new HashMap<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    fileTime(entry).ifPresent(time -> files.put(entry.getFileName().toString(), time));
                }
            } catch (IOException | DirectoryIteratorException unreadable) {
                // gone or unreadable between the two questions: nothing to show, and read again next time
                return new Listing(changed, changed.toMillis(), Map.of());
            }
            return new Listing(changed, listedAt, Map.copyOf(files));
        }

        private static Optional<FileTime> fileTime(Path entry) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                return attributes.isRegularFile() ? Optional.of(attributes.lastModifiedTime()) : Optional.empty();
            } catch (IOException removedMeanwhileOrUnreadable) {
                return Optional.empty();
            }
        }
    }
}
