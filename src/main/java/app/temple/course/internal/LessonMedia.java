package app.temple.course.internal;

import app.temple.site.FolderListings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A lesson's recording and captions, as files in the media directory ({@code TEMPLE_MEDIA_DIR}):
 * {@code <course>/<lesson>.<mp3|m4a|ogg|wav|mp4|webm>} and {@code <course>/<lesson>[.<language>].vtt}. The names are
 * built from a course slug and a lesson id that were checked against the loaded lessons, never from raw input.
 */
@Component
public class LessonMedia {

    /** The types the browser's own player plays, in the order they are looked for. */
    static final Map<String, String> TYPES = Map.of("mp3", "audio/mpeg", "m4a", "audio/mp4", "ogg", "audio/ogg",
            "wav", "audio/wav", "mp4", "video/mp4", "webm", "video/webm");
    private static final List<String> ORDER = List.of("mp4", "webm", "mp3", "m4a", "ogg", "wav");

    /** Recordings of each kind, for an upload that replaces a lesson's recording of another extension. */
    static final List<String> AUDIO = List.of("mp3", "m4a", "ogg", "wav");
    static final List<String> VIDEO = List.of("mp4", "webm");

    private final Path root;
    private final FolderListings listings = new FolderListings();

    LessonMedia(@Value("${temple.media-dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The lesson's recording, if one has been made. */
    public Optional<Recording> recording(Lesson lesson) {
        return stored(lesson).recording();
    }

    /** Captions in the lesson's language, else the recording's own. */
    public Optional<Path> captions(Lesson lesson) {
        return stored(lesson).captions();
    }

    /** What is stored for the lesson, from one look at its folder: a lesson page shows both. */
    public Stored stored(Lesson lesson) {
        Path folder = folder(lesson);
        return new Stored(lesson, folder, listings.of(folder));
    }

    /** A lesson's media as its folder held them when asked. */
    public static final class Stored {

        private final Lesson lesson;
        private final Path folder;
        private final FolderListings.Listing listing;

        private Stored(Lesson lesson, Path folder, FolderListings.Listing listing) {
            this.lesson = lesson;
            this.folder = folder;
            this.listing = listing;
        }

        public Optional<Recording> recording() {
            for (String extension : ORDER) {
                String name = recordingName(lesson, extension);
                if (listing.has(name)) {
                    return Optional.of(new Recording(folder.resolve(name), TYPES.get(extension), VIDEO.contains(extension)));
                }
            }
            return Optional.empty();
        }

        public Optional<Path> captions() {
            return Stream.of(captionsName(lesson, lesson.language()), lesson.id() + ".vtt").filter(listing::has)
                    .findFirst().map(folder::resolve);
        }
    }

    /** Where the lesson's captions in this language live, whether or not they exist. */
    Path captionsFile(Lesson lesson, String language) {
        return folder(lesson).resolve(captionsName(lesson, language));
    }

    private static String captionsName(Lesson lesson, String language) {
        return lesson.id() + "." + language + ".vtt";
    }

    /** Where the lesson's recording of this extension lives, whether or not it exists. */
    Path recordingFile(Lesson lesson, String extension) {
        return folder(lesson).resolve(recordingName(lesson, extension));
    }

    private static String recordingName(Lesson lesson, String extension) {
        return lesson.id() + "." + extension;
    }

    Path folder(Lesson lesson) {
        Path folder = root.resolve(lesson.course()).normalize();
        if (!folder.startsWith(root)) {
            throw new IllegalArgumentException("a course outside the media directory");
        }
        return folder;
    }

    /** A recording: its file, its type, and whether it is a video (else audio). */
    public record Recording(Path file, String type, boolean video) {
    }
}
