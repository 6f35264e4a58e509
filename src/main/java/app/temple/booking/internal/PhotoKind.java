package app.temple.booking.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a practitioner's photo is, decided by its own first bytes (its magic number), never by the name it was sent
 * under or the type the browser declared. Only the three formats every browser shows are taken; SVG never is, since
 * it can carry script.
 */
public enum PhotoKind {
    JPEG("jpg", "image/jpeg"), PNG("png", "image/png"), WEBP("webp", "image/webp");

    /** How many leading bytes {@link #of} needs: "RIFF", a length, then "WEBP". */
    static final int HEADER = 12;

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String extension;
    private final String mediaType;

    PhotoKind(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind the header names, or empty for anything else (SVG, GIF, HTML, a recording...). */
    static Optional<PhotoKind> of(byte[] header) {
        if (startsWith(header, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, 0, ascii("RIFF")) && startsWith(header, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] header, int offset, byte[] expected) {
        return header.length >= offset + expected.length
                && Arrays.equals(header, offset, offset + expected.length, expected, 0, expected.length);
    }
}
