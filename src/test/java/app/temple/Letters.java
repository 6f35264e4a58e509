package app.temple;

import app.temple.mail.LetterKind;
import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the letters the platform wrote (the development outbox), as the member would read her inbox. */
public final class Letters {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final Outbox outbox;

    public Letters(Outbox outbox) {
        this.outbox = outbox;
    }

    public Optional<WrittenLetter> latest(String to, LetterKind kind) {
        List<Outbox.KeptLetter> letters = outbox.letters();
        return letters.stream().map(Outbox.KeptLetter::letter)
                .filter(letter -> letter.to().equalsIgnoreCase(to) && letter.kind() == kind)
                .findFirst();
    }

    public long count(String to) {
        return outbox.letters().stream().filter(kept -> kept.letter().to().equalsIgnoreCase(to)).count();
    }

    /**
     * Opens the link of her latest confirmation letter and presses its button, as she would: the link alone
     * confirms nothing (mail scanners open links). Returns the answer to the button.
     */
    public HttpResponse<String> confirmAddress(Visitor visitor, String to) {
        String link = link(to, LetterKind.VERIFY_EMAIL);
        String token = link.substring(link.indexOf("token=") + "token=".length());
        return visitor.submit(link, "/verify-email", "token", token);
    }

    /** The path (and query) of the link in her latest letter of this kind. */
    public String link(String to, LetterKind kind) {
        WrittenLetter letter = latest(to, kind).orElseThrow(() -> new AssertionError("no " + kind + " letter to " + to));
        Matcher matcher = LINK.matcher(letter.text());
        if (!matcher.find()) {
            throw new AssertionError("no link in " + letter.text());
        }
        return matcher.group().replaceFirst("^https?://[^/]+", "");
    }
}
