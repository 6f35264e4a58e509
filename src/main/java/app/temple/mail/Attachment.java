package app.temple.mail;

/**
 * A small text file sent with a letter, such as a calendar invitation ({@code invite.ics}). Its name and type are
 * chosen by the module that sends it, never by a member, and must be as discreet as the letter: the file name is
 * shown in every mail program.
 *
 * @param fileName    a plain file name, e.g. {@code invite.ics}: lower-case letters, digits, dashes and one dot
 * @param contentType its media type with parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
 * @param text        the content, at most {@value #MAXIMUM_CHARACTERS} characters
 */
public record Attachment(String fileName, String contentType, String text) {

    public static final int MAXIMUM_CHARACTERS = 64_000;

    public Attachment {
        if (fileName == null || !fileName.matches("[a-z0-9-]{1,40}\\.[a-z0-9]{1,8}")) {
            throw new IllegalArgumentException("An attachment needs a plain file name such as invite.ics");
        }
        if (contentType == null || !contentType.matches("[a-z]+/[a-z0-9.+-]+(; *[a-z-]+=[A-Za-z0-9-]+)*")) {
            throw new IllegalArgumentException("An attachment needs a media type such as text/calendar");
        }
        if (text == null || text.isEmpty() || text.length() > MAXIMUM_CHARACTERS) {
            throw new IllegalArgumentException("An attachment holds some text, at most " + MAXIMUM_CHARACTERS + " characters");
        }
    }

    /** The name only: the content may hold a link with a token. */
    @Override
    public String toString() {
        return "Attachment[" + fileName + "]";
    }
}
