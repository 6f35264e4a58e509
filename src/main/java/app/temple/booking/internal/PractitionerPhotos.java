package app.temple.booking.internal;

import app.temple.site.FolderListings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Practitioners' photos, kept in the media directory as {@code practitioners/<slug>.<jpg|png|webp>} and served from
 * Temple itself (no other origin sees who looks at whom). The file's name comes from her slug and from what its bytes
 * are ({@link PhotoKind}), never from the name it was uploaded under. It is written to a temporary file beside its
 * place and moved there in one step, so nobody is ever served half a photo, and a refused upload leaves nothing.
 * The bytes are kept as sent: Temple has no image decoder to re-encode them with, and what it cannot parse it does
 * not pretend to clean; they are served only with their own type, {@code nosniff} and the site's strict policy.
 */
@Component
public class PractitionerPhotos {

    private static final Logger log = LoggerFactory.getLogger(PractitionerPhotos.class);

    private final Path folder;
    private final long maxBytes;
    private final FolderListings listings = new FolderListings();

    PractitionerPhotos(@Value("${temple.media-dir}") Path media,
                       @Value("${temple.booking.photo-max-size}") DataSize maxSize) {
        this.folder = media.resolve("practitioners");
        this.maxBytes = maxSize.toBytes();
    }

    /** A stored photo: its file, what it is, and a version that changes whenever it is replaced. */
    public record Photo(Path file, PhotoKind kind, long version) {
    }

    /** The largest photo taken, as she reads it: "2 MB", or "500 KB" below a megabyte. */
    public String limit() {
        long megabyte = DataSize.ofMegabytes(1).toBytes();
        return maxBytes >= megabyte ? maxBytes / megabyte + " MB" : Math.max(1, maxBytes / 1024) + " KB";
    }

    /** Her photo, if she has one. */
    public Optional<Photo> of(Practitioner practitioner) {
        FolderListings.Listing stored = listings.of(folder);
        for (PhotoKind kind : PhotoKind.values()) {
            Path file = fileOf(practitioner, kind);
            Optional<Photo> photo = stored.modified(file.getFileName().toString())
                    .map(changed -> new Photo(file, kind, changed.toMillis()));
            if (photo.isPresent()) {
                return photo;
            }
        }
        return Optional.empty();
    }

    /** Stores her photo in place of the one she had, of whatever format. */
    public PhotoKind store(Practitioner practitioner, InputStream upload) throws PhotoProblem, IOException {
        byte[] header = upload.readNBytes(PhotoKind.HEADER);
        if (header.length == 0) {
            throw new PhotoProblem(PhotoProblem.Reason.EMPTY);
        }
        PhotoKind kind = PhotoKind.of(header).orElseThrow(() -> new PhotoProblem(PhotoProblem.Reason.NOT_A_PHOTO));
        if (header.length > maxBytes) {
            throw new PhotoProblem(PhotoProblem.Reason.TOO_LARGE);
        }
        Path target = fileOf(practitioner, kind);
        Files.createDirectories(folder);
        Path staged = Files.createTempFile(folder, ".upload-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(staged)) {
                out.write(header);
                copy(upload, out, maxBytes - header.length);
            }
            PhotoCleaner.clean(staged, kind);
            // one photo per practitioner: the new one is in place before one in another format goes
            synchronized (this) {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                for (PhotoKind other : PhotoKind.values()) {
                    if (other != kind) {
                        Files.deleteIfExists(fileOf(practitioner, other));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(staged);
        }
        log.info("Practitioner {} uploaded a photo ({})", practitioner.slug(), kind.extension());
        return kind;
    }

    /** Removes her photo; her pages show the drawn portrait again. */
    public void remove(Practitioner practitioner) throws IOException {
        synchronized (this) {
            for (PhotoKind kind : PhotoKind.values()) {
                Files.deleteIfExists(fileOf(practitioner, kind));
            }
        }
        log.info("Practitioner {} removed her photo", practitioner.slug());
    }

    private Path fileOf(Practitioner practitioner, PhotoKind kind) {
        String slug = practitioner.slug();
        // slugs are checked where profiles are read; this keeps a file name from ever leaving the folder regardless
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a practitioner slug");
        }
        return folder.resolve(slug + "." + kind.extension());
    }

    /** Copies at most {@code room} bytes; one more means the photo is larger than the limit. */
    private static void copy(InputStream in, OutputStream out, long room) throws IOException, PhotoProblem {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            copied += read;
            if (copied > room) {
                throw new PhotoProblem(PhotoProblem.Reason.TOO_LARGE);
            }
            out.write(buffer, 0, read);
        }
    }
}
