package app.temple.course.internal;

import app.temple.site.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recordings and captions uploaded by editors into the media directory, where {@link LessonMedia} finds them. What
 * a file is comes from its own bytes ({@link RecordingKind}, a WebVTT header), never from its name or declared type;
 * the name it is stored under comes from the lesson alone. It is written to a temporary file beside its place and
 * moved there in one step, so a player never reads half a file, and a refused upload leaves nothing behind.
 */
@Component
public class MediaUploads {

    private static final Logger log = LoggerFactory.getLogger(MediaUploads.class);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final LessonMedia media;
    private final long maxRecording;
    private final long maxCaptions;

    MediaUploads(LessonMedia media, @Value("${temple.media.max-upload}") DataSize maxRecording,
                 @Value("${temple.media.max-captions}") DataSize maxCaptions) {
        this.media = media;
        this.maxRecording = maxRecording.toBytes();
        this.maxCaptions = maxCaptions.toBytes();
    }

    /** The languages captions are kept in: the site's own. */
    public static List<String> captionLanguages() {
        return Page.LANGUAGES.stream().map(java.util.Locale::getLanguage).toList();
    }

    /** What the lesson has now: its recording and the size of its captions in each language. */
    public MediaState state(Lesson lesson) {
        Optional<StoredRecording> recording = media.recording(lesson).map(found ->
                new StoredRecording(found.file().getFileName().toString(), size(found.file())));
        Map<String, Long> captions = new LinkedHashMap<>();
        for (String language : captionLanguages()) {
            Path file = media.captionsFile(lesson, language);
            if (Files.isRegularFile(file)) {
                captions.put(language, size(file));
            }
        }
        return new MediaState(lesson, recording, captions);
    }

    /** Stores the lesson's recording in place of the one it had, of whatever extension. */
    public RecordingKind storeRecording(Lesson lesson, InputStream upload, UUID editor) throws UploadProblem, IOException {
        byte[] header = upload.readNBytes(RecordingKind.HEADER);
        if (header.length == 0) {
            throw new UploadProblem(UploadProblem.Reason.EMPTY);
        }
        RecordingKind kind = RecordingKind.of(header)
                .orElseThrow(() -> new UploadProblem(UploadProblem.Reason.NOT_A_RECORDING));
        if (!kind.fits(lesson.format())) {
            throw new UploadProblem(lesson.format() == LessonFormat.VIDEO ? UploadProblem.Reason.VIDEO_LESSON_TAKES_VIDEO
                    : UploadProblem.Reason.AUDIO_LESSON_TAKES_AUDIO);
        }
        Path target = media.recordingFile(lesson, kind.extension());
        Path staged = stage(target, header, upload, maxRecording);
        long size;
        try {
            size = Files.size(staged);
            // one recording per lesson: the new one is in place before an old one of another extension goes, and two
            // uploads for one lesson cannot each delete the other's
            synchronized (this) {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                for (String other : kind.video() ? LessonMedia.VIDEO : LessonMedia.AUDIO) {
                    if (!other.equals(kind.extension())) {
                        Files.deleteIfExists(media.recordingFile(lesson, other));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(staged);
        }
        log.info("Course media: editor {} uploaded the recording of {}/{} ({}, {} bytes)", editor, lesson.course(),
                lesson.id(), kind.extension(), size);
        return kind;
    }

    /** Stores the lesson's captions in one language, replacing those it had. */
    public void storeCaptions(Lesson lesson, String language, InputStream upload, UUID editor) throws UploadProblem, IOException {
        if (!captionLanguages().contains(language)) {
            throw new UploadProblem(UploadProblem.Reason.UNKNOWN_LANGUAGE);
        }
        byte[] text = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxCaptions + 1));
        if (text.length == 0) {
            throw new UploadProblem(UploadProblem.Reason.EMPTY);
        }
        if (text.length > maxCaptions) {
            throw new UploadProblem(UploadProblem.Reason.TOO_LARGE);
        }
        if (!isWebVtt(text)) {
            throw new UploadProblem(UploadProblem.Reason.NOT_CAPTIONS);
        }
        Path target = media.captionsFile(lesson, language);
        Path staged = stage(target, text, InputStream.nullInputStream(), maxCaptions);
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staged);
        }
        log.info("Course media: editor {} uploaded the {} captions of {}/{} ({} bytes)", editor, language, lesson.course(),
                lesson.id(), text.length);
    }

    /**
     * A WebVTT file: UTF-8 throughout (a browser would refuse it otherwise), without null characters, opening with
     * "WEBVTT" (after an optional byte-order mark) followed by the end of the line, a space or a tab.
     */
    static boolean isWebVtt(byte[] text) {
        int start = text.length >= 3 && java.util.Arrays.equals(text, 0, 3, BOM, 0, 3) ? 3 : 0;
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text, start, text.length - start)).toString();
        } catch (CharacterCodingException broken) {
            return false;
        }
        if (!decoded.startsWith("WEBVTT") || decoded.indexOf('\0') >= 0) {
            return false;
        }
        return decoded.length() == 6 || " \t\r\n".indexOf(decoded.charAt(6)) >= 0;
    }

    /**
     * Writes the header and the rest of the upload to a temporary file beside the target (in the same folder, so
     * that moving it into place is one rename); the caller moves it, or deletes it if it could not.
     */
    private static Path stage(Path target, byte[] header, InputStream rest, long limit) throws IOException, UploadProblem {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(header);
            copy(rest, out, limit - header.length);
            return temporary;
        } catch (IOException | UploadProblem | RuntimeException failed) {
            Files.deleteIfExists(temporary);
            throw failed;
        }
    }

    /** Copies at most {@code room} bytes; one more means the upload is larger than the limit (the container's may differ). */
    private static long copy(InputStream in, OutputStream out, long room) throws IOException, UploadProblem {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        for (int read; (read = in.read(buffer)) > 0; ) {
            copied += read;
            if (copied > room) {
                throw new UploadProblem(UploadProblem.Reason.TOO_LARGE);
            }
            out.write(buffer, 0, read);
        }
        return copied;
    }

    /** Its size, or 0 if it went between the look and the measure (another upload replaced it). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** A stored recording: its file name in the lesson's folder and its size in bytes. */
    public record StoredRecording(String name, long size) {
    }

    /** A lesson with what it has: a recording or none, and captions (size in bytes) by language. */
    public record MediaState(Lesson lesson, Optional<StoredRecording> recording, Map<String, Long> captions) {
    }
}
