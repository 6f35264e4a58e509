package app.temple.journal.internal;

import app.temple.content.Markdown;
import app.temple.journal.internal.ArticleDocument.Citation;
import app.temple.journal.internal.RenderedArticle.Reference;
import app.temple.journal.internal.RenderedArticle.RenderedFaq;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's Markdown as safe HTML: the shared {@link Markdown} renders and sanitizes, and in between the Journal's
 * own constructs (citations, pull quotes) become markup.
 */
@Component
public class MarkdownRenderer {

    private static final Pattern PULLQUOTE = Pattern.compile("<blockquote>\\s*<p>\\[!PULLQUOTE]\\s*");

    /** The article's body, FAQ and references; citations are numbered in the order they first appear. */
    public RenderedArticle render(ArticleDocument document) {
        Citations citations = new Citations(document.citations());
        String body = Markdown.sanitize(citations.link(pullQuotes(Markdown.unsafeHtml(document.body()))));
        List<RenderedFaq> faq = document.faq().stream()
                .map(entry -> new RenderedFaq(entry.question(), Markdown.sanitize(citations.link(Markdown.unsafeHtml(entry.answer())))))
                .toList();
        return new RenderedArticle(body, faq, citations.references());
    }

    /** Markdown rendered for a preview or a fragment, sanitized the same way. */
    public String renderFragment(String markdown) {
        return Markdown.html(markdown);
    }

    /** The words of the article for search: no markup, no citation keys. */
    public String plainText(ArticleDocument document) {
        StringBuilder words = new StringBuilder(Markdown.plainText(document.body()));
        document.faq().forEach(entry -> words.append('\n').append(entry.question()).append('\n')
                .append(Markdown.plainText(entry.answer())));
        return ArticleSources.CITATION.matcher(words).replaceAll("").replace("[!PULLQUOTE]", "").replaceAll("[⟦⟧]", "");
    }

    private static String pullQuotes(String html) {
        return PULLQUOTE.matcher(html).replaceAll("<blockquote class=\"pullquote\"><p>");
    }

    /** Numbers citations by first use across the body and the FAQ, and remembers each place that cites. */
    private static final class Citations {

        private final Map<String, Citation> byKey = new LinkedHashMap<>();
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final Map<String, List<String>> uses = new LinkedHashMap<>();

        Citations(List<Citation> citations) {
            citations.forEach(citation -> byKey.put(citation.key(), citation));
        }

        String link(String html) {
            Matcher matcher = ArticleSources.CITATION.matcher(html);
            StringBuilder linked = new StringBuilder();
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!byKey.containsKey(key)) {
                    matcher.appendReplacement(linked, "");
                    continue;
                }
                int number = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
                List<String> places = uses.computeIfAbsent(key, k -> new ArrayList<>());
                String id = "cite-" + number + "-" + (places.size() + 1);
                places.add(id);
                matcher.appendReplacement(linked, Matcher.quoteReplacement(
                        "<sup class=\"cite\"><a href=\"#ref-" + number + "\" id=\"" + id + "\">" + number + "</a></sup>"));
            }
            matcher.appendTail(linked);
            return linked.toString();
        }

        List<Reference> references() {
            List<Reference> references = new ArrayList<>();
            numbers.forEach((key, number) -> {
                Citation citation = byKey.get(key);
                references.add(new Reference(number, citation.text(), citation.url(), List.copyOf(uses.get(key))));
            });
            int next = references.size() + 1;
            for (Citation citation : byKey.values()) {
                if (!numbers.containsKey(citation.key())) {
                    references.add(new Reference(next++, citation.text(), citation.url(), List.of()));
                }
            }
            return List.copyOf(references);
        }
    }
}
