package app.temple.mail.internal;

import app.temple.mail.Attachment;
import app.temple.mail.LetterKind;

import java.util.Locale;

/**
 * A letter as it goes out: addressed, worded and in plain text.
 *
 * @param from    the sender, e.g. {@code Notifications <no-reply@example.org>}
 * @param to      the address
 * @param locale  the language it is written in
 * @param kind    what kind of letter it is
 * @param subject the neutral subject
 * @param text    the plain-text body; paragraphs are separated by a blank line
 * @param attachment a file sent with it, or null
 */
public record WrittenLetter(String from, String to, Locale locale, LetterKind kind, String subject, String text,
                            Attachment attachment) {

    public WrittenLetter(String from, String to, Locale locale, LetterKind kind, String subject, String text) {
        this(from, to, locale, kind, subject, text, null);
    }

    /** Never the address or the body: the body holds links with tokens. */
    @Override
    public String toString() {
        return "WrittenLetter[" + kind + ", " + locale.getLanguage() + "]";
    }
}
