package app.temple.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One letter to one address: its kind decides the neutral subject and the wording; values fill in the link,
 * code or name. A letter that could not be written as asked is refused when it is made, not when it is sent.
 *
 * @param to     the address; must be an address and nothing else
 * @param locale the reader's language; English or Swedish, anything else (or null) is English
 * @param kind   must not be null
 * @param values the values {@code kind} needs and any it {@linkplain LetterKind#accepts accepts}; a {@code link}
 *               must be an {@code http(s)} URL, and no value may hold line breaks or other control characters
 * @param member the member the letter is about, so that her erasure deletes it while it waits to be sent; null
 *               for a letter that must outlive her account (the one saying it is gone)
 * @param attachment a file sent with it, such as a calendar invitation; null for none
 */
public record Letter(String to, Locale locale, LetterKind kind, Map<String, String> values, UUID member,
                     Attachment attachment) {

    /** A letter about no account in particular; see {@link #about}. */
    public Letter(String to, Locale locale, LetterKind kind, Map<String, String> values) {
        this(to, locale, kind, values, null, null);
    }

    /** A letter without an attachment. */
    public Letter(String to, Locale locale, LetterKind kind, Map<String, String> values, UUID member) {
        this(to, locale, kind, values, member, null);
    }

    /** This letter, deleted with her data if she erases her account before it is sent. */
    public Letter about(UUID member) {
        return new Letter(to, locale, kind, values, member, attachment);
    }

    /** This letter with a file sent along. */
    public Letter with(Attachment file) {
        return new Letter(to, locale, kind, values, member, file);
    }

    public Letter {
        Objects.requireNonNull(kind, "kind");
        if (to == null || to.isBlank() || to.indexOf('@') < 1 || to.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("A letter needs one email address to go to");
        }
        locale = locale == null ? Locale.ENGLISH : locale;
        values = values == null ? Map.of() : Map.copyOf(values);
        values.forEach((name, value) -> check(kind, name, value));
        for (String name : kind.required()) {
            if (!values.containsKey(name) || values.get(name).isBlank()) {
                throw new IllegalArgumentException(kind + " needs the value " + name);
            }
        }
    }

    /** Kind, language and the names of the values only: the address and the values (links with tokens) stay out of logs. */
    @Override
    public String toString() {
        return "Letter[" + kind + ", " + locale.getLanguage() + ", values=" + new java.util.TreeSet<>(values.keySet())
                + (attachment == null ? "" : ", " + attachment) + "]";
    }

    private static void check(LetterKind kind, String name, String value) {
        if (!kind.accepts(name)) {
            throw new IllegalArgumentException(kind + " has no value called " + name);
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The value " + name + " of " + kind + " holds a control character");
        }
        if ((name.equals("link") || name.equals("room")) && !(value.startsWith("https://") || value.startsWith("http://"))) {
            throw new IllegalArgumentException("The " + name + " of " + kind + " must be an http(s) URL");
        }
    }
}
