package app.temple.mail.web;

import app.temple.mail.internal.Outbox;
import app.temple.mail.internal.WrittenLetter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kept letter as the outbox page shows it: its body in paragraphs, with every URL a link one can click.
 *
 * @param at         when it was kept, to the second
 * @param paragraphs the body, paragraph by paragraph
 */
public record OutboxLetterView(Instant at, String from, String to, String language, String subject,
                               List<List<Span>> paragraphs) {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    static OutboxLetterView of(Outbox.KeptLetter kept) {
        WrittenLetter letter = kept.letter();
        return new OutboxLetterView(kept.at().truncatedTo(ChronoUnit.SECONDS), letter.from(), letter.to(),
                letter.locale().getLanguage(), letter.subject(),
                Arrays.stream(letter.text().split("\n\n")).map(OutboxLetterView::spans).toList());
    }

    private static List<Span> spans(String paragraph) {
        List<Span> spans = new ArrayList<>();
        Matcher url = URL.matcher(paragraph);
        int from = 0;
        while (url.find()) {
            if (url.start() > from) {
                spans.add(new Span(paragraph.substring(from, url.start()), false));
            }
            spans.add(new Span(url.group(), true));
            from = url.end();
        }
        if (from < paragraph.length()) {
            spans.add(new Span(paragraph.substring(from), false));
        }
        return spans;
    }

    /** A run of text, or a URL when {@code link}. */
    public record Span(String text, boolean link) {
    }
}
