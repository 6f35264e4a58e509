package app.temple.site.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether text sent to Temple can be read and stored as it is: valid UTF-8 with no null character. PostgreSQL
 * refuses {@code 0x00} in text, and broken UTF-8 would be stored as replacement characters, silently changing what
 * she wrote; either way the only honest answer is to refuse the request before anything reads it.
 */
final class ReadableText {

    /** More fields than any form of ours has; Tomcat's own default limit is the same. */
    static final int MAX_FIELDS = 1000;

    private ReadableText() {
    }

    /** Thrown for a request whose text is not readable; carries no part of the text. */
    static final class Unreadable extends Exception {
        Unreadable() {
            super("unreadable input", null, false, false);
        }
    }

    /** Raw UTF-8 text (a JSON or text body): valid, and no null byte. */
    static void checkText(byte[] bytes) throws Unreadable {
        for (byte b : bytes) {
            if (b == 0) {
                throw new Unreadable();
            }
        }
        decode(bytes);
    }

    /**
     * A JSON body: readable text, and no escaped null character (a backslash, "u", "0000") either, which a JSON
     * parser would turn into the null character. Escapes are followed one at a time so that an escaped backslash before "u0000" is not taken
     * for one.
     */
    static void checkJson(byte[] bytes) throws Unreadable {
        checkText(bytes);
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\\') {
                if (bytes[i + 1] == 'u' && i + 5 < bytes.length && isZero(bytes, i + 2, 4)) {
                    throw new Unreadable();
                }
                i++; // the escaped character is not the start of another escape
            }
        }
    }

    private static boolean isZero(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (bytes[i] != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * Fields in {@code application/x-www-form-urlencoded} form (a query string or a form body), decoded. Refuses a
     * null character, raw or {@code %00}, a malformed {@code %} escape, percent-encoded bytes that are not UTF-8, and
     * more than {@link #MAX_FIELDS} fields.
     */
    static Map<String, List<String>> fields(byte[] encoded) throws Unreadable {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int start = 0;
        int count = 0;
        while (start <= encoded.length) {
            int end = indexOf(encoded, (byte) '&', start);
            if (end > start) {
                if (++count > MAX_FIELDS) {
                    throw new Unreadable();
                }
                int equals = indexOf(encoded, (byte) '=', start);
                int nameEnd = Math.min(equals, end);
                String name = decodeComponent(encoded, start, nameEnd);
                String value = nameEnd < end ? decodeComponent(encoded, nameEnd + 1, end) : "";
                fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return fields;
    }

    /** Only checks a query string; it is read from the request line exactly as sent. */
    static void checkQuery(String query) throws Unreadable {
        fields(rawBytes(query));
    }

    /**
     * The query string's bytes. Tomcat hands over the request line's bytes one per character; a character above
     * 0xFF can only come from a decoding that already replaced something broken.
     */
    private static byte[] rawBytes(String query) throws Unreadable {
        byte[] bytes = new byte[query.length()];
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c > 0xFF) {
                throw new Unreadable();
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    private static String decodeComponent(byte[] encoded, int from, int to) throws Unreadable {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = encoded[i];
            if (b == '+') {
                decoded.write(' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw new Unreadable();
                }
                int high = Character.digit(encoded[i + 1], 16);
                int low = Character.digit(encoded[i + 2], 16);
                if (high < 0 || low < 0) {
                    throw new Unreadable();
                }
                decoded.write(high << 4 | low);
                i += 2;
            } else {
                decoded.write(b);
            }
        }
        byte[] bytes = decoded.toByteArray();
        checkText(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void decode(byte[] bytes) throws Unreadable {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException broken) {
            throw new Unreadable();
        }
    }
}
