package app.temple.mail.internal;

import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a {@link Letter} from the {@code mail/messages} bundles: a greeting, the kind's body, a sentence for
 * each optional value it carries, and a closing line. Values go in by name ({@code {link}}); a placeholder left
 * without a value is a mistake in the bundle and fails here, not in someone's inbox.
 */
@Component
class LetterWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    private final MessageSource messages;
    private final String from;

    LetterWriter(MessageSource messages, @Value("${temple.mail.from}") String from) {
        this.messages = messages;
        this.from = from;
    }

    WrittenLetter write(Letter letter) {
        Locale locale = letter.locale();
        LetterKind kind = letter.kind();
        Map<String, String> values = letter.values();
        String prefix = "mail." + kind.key() + ".";

        StringJoiner text = new StringJoiner("\n\n");
        text.add(values.containsKey(LetterKind.NAME)
                ? fill(message("mail.greeting.named", locale), values)
                : message("mail.greeting", locale));
        text.add(fill(message(prefix + "body", locale), values));
        for (String name : kind.optional()) {
            if (values.containsKey(name)) {
                String sentence = sentenceFor(prefix + name, values.get(name), locale);
                if (sentence != null) {
                    text.add(fill(sentence, values));
                }
            }
        }
        text.add(message("mail.closing", locale));
        return new WrittenLetter(from, letter.to(), locale, kind, message(prefix + "subject", locale), text.toString(),
                letter.attachment());
    }

    /** A sentence for one value of a closed set ({@code change=password}), else one for any value; or none. */
    private String sentenceFor(String key, String value, Locale locale) {
        String specific = messages.getMessage(key + "." + value, null, null, locale);
        return specific != null ? specific : messages.getMessage(key, null, null, locale);
    }

    private String message(String key, Locale locale) {
        // no arguments: the text comes back as written, without MessageFormat's treatment of braces and quotes
        return messages.getMessage(key, null, locale);
    }

    /** One pass over the wording, so that a value that looks like a placeholder stays as it is. */
    private static String fill(String template, Map<String, String> values) {
        return PLACEHOLDER.matcher(template).replaceAll(placeholder -> {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new LetterNotWrittenException("A letter's wording needs a value it was not given: " + placeholder.group());
            }
            return Matcher.quoteReplacement(value);
        });
    }
}
