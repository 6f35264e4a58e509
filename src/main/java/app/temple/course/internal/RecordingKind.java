package app.temple.course.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a recording is, decided by its own first bytes (its magic number), never by the name it was sent under or the
 * type the browser declared: both are the sender's word, the bytes are what a player will meet.
 */
public enum RecordingKind {
    WAV("wav", false), MP3("mp3", false), OGG("ogg", false), M4A("m4a", false), MP4("mp4", true), WEBM("webm", true);

    /** How many leading bytes {@link #of} looks at: enough for an EBML header to name its document type. */
    static final int HEADER = 4096;

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String extension;
    private final boolean video;

    RecordingKind(String extension, boolean video) {
        this.extension = extension;
        this.video = video;
    }

    /** The extension it is stored under, which {@link LessonMedia} serves with the matching type. */
    public String extension() {
        return extension;
    }

    public boolean video() {
        return video;
    }

    /** Whether a lesson of this format takes it: audio lessons audio, video lessons video. */
    boolean fits(LessonFormat format) {
        return format == (video ? LessonFormat.VIDEO : LessonFormat.AUDIO);
    }

    /** The kind the header names, or empty for anything else (an image, text, a Matroska film that is not WebM). */
    static Optional<RecordingKind> of(byte[] header) {
        if (at(header, 0, "RIFF") && at(header, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (at(header, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (at(header, 4, "ftyp") && header.length >= 12) {
            // the major brand says what the file is for: iTunes audio brands are audio, any other is a film
            String brand = new String(header, 8, 4, StandardCharsets.US_ASCII);
            return Optional.of(brand.startsWith("M4A") || brand.startsWith("M4B") ? M4A : MP4);
        }
        if (header.length >= 4 && Arrays.equals(header, 0, 4, EBML, 0, 4)) {
            return contains(header, "webm") ? Optional.of(WEBM) : Optional.empty();
        }
        if (at(header, 0, "ID3") || isMpegAudioFrame(header)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    /**
     * An MPEG audio frame header: eleven set sync bits, a known version, and a layer other than the reserved 00
     * (which AAC's ADTS frames use, so a raw AAC stream is not taken for an MP3).
     */
    private static boolean isMpegAudioFrame(byte[] header) {
        if (header.length < 3 || (header[0] & 0xFF) != 0xFF || (header[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (header[1] >> 3) & 0b11;
        int layer = (header[1] >> 1) & 0b11;
        int bitrate = (header[2] >> 4) & 0b1111;
        return version != 0b01 && layer != 0b00 && bitrate != 0b1111;
    }

    private static boolean at(byte[] header, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return header.length >= offset + expected.length
                && Arrays.equals(header, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static boolean contains(byte[] header, String ascii) {
        byte[] wanted = ascii.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + wanted.length <= header.length; i++) {
            if (Arrays.equals(header, i, i + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }
}
