package app.temple.journal.internal;

import app.temple.journal.internal.ArticleDocument.Citation;
import app.temple.journal.internal.RenderedArticle.Reference;
import app.temple.journal.internal.RenderedArticle.RenderedFaq;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to safe HTML: commonmark-java renders, the house constructs (citations, pull quotes) become markup,
 * and the OWASP sanitizer removes whatever a source could smuggle in (scripts, event handlers, javascript:
 * URLs, styles, images from other origins).
 */
@Component
public class MarkdownRenderer {

    /** Ids the page itself uses; a heading in an article must not take one, or the skip link and the FAQ break. */
    static final Set<String> PAGE_IDS = Set.of("main", "faq-heading", "references-heading", "related-heading", "support-heading",
            "one-thing-heading", "preview", "preview-heading", "revisions-heading", "search-results", "journal-q", "source",
            "source-hint", "source-error", "publishAt", "publishAt-error", "zone", "zone-error", "zone-hint", "zone-choices");
    private static final String PAGE_ID_NAMES = String.join("|", PAGE_IDS);

    private static final Pattern PULLQUOTE = Pattern.compile("<blockquote>\\s*<p>\\[!PULLQUOTE]\\s*");

    /** Only the elements an article needs; links only to the web, mail or this site; images only from this site. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "em", "strong", "code",
                    "pre", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "sup", "a", "del", "img")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").matching(Pattern.compile("/[^/\\\\].*")).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("id").matching(Pattern.compile("(?!(?:" + PAGE_ID_NAMES + "|ref-\\d+|cite-\\d+-\\d+)$)[a-z0-9-]{1,80}"))
            .onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("id").matching(Pattern.compile("cite-\\d+-\\d+")).onElements("a")
            .allowAttributes("class").matching(Pattern.compile("pullquote|cite")).onElements("blockquote", "sup")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .attributeProviderFactory(context -> new HeadingIds()).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** The article's body, FAQ and references; citations are numbered in the order they first appear. */
    public RenderedArticle render(ArticleDocument document) {
        Citations citations = new Citations(document.citations());
        String body = sanitize(citations.link(pullQuotes(html.render(parser.parse(document.body())))));
        List<RenderedFaq> faq = document.faq().stream()
                .map(entry -> new RenderedFaq(entry.question(), sanitize(citations.link(html.render(parser.parse(entry.answer()))))))
                .toList();
        return new RenderedArticle(body, faq, citations.references());
    }

    /** Markdown rendered for a preview or a fragment, sanitized the same way. */
    public String renderFragment(String markdown) {
        return sanitize(html.render(parser.parse(markdown)));
    }

    /** The words of the article for search: no markup, no citation keys. */
    public String plainText(ArticleDocument document) {
        StringBuilder words = new StringBuilder(text.render(parser.parse(document.body())));
        document.faq().forEach(entry -> words.append('\n').append(entry.question()).append('\n')
                .append(text.render(parser.parse(entry.answer()))));
        return ArticleSources.CITATION.matcher(words).replaceAll("").replace("[!PULLQUOTE]", "").replaceAll("[⟦⟧]", "");
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
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

    /** Gives every heading an id from its words, so a section can be linked to. */
    private static final class HeadingIds implements AttributeProvider {

        private final Set<String> used = new HashSet<>(PAGE_IDS);

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading) {
                String base = slug(textOf(heading));
                String id = base.isEmpty() ? "section" : base;
                for (int i = 2; !used.add(id); i++) {
                    id = base + "-" + i;
                }
                attributes.put("id", id);
            }
        }

        private static String textOf(Node node) {
            StringBuilder words = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                words.append(child instanceof Text text ? text.getLiteral() : textOf(child));
            }
            return words.toString();
        }
    }

    /** Lowercase ASCII words joined by hyphens: "Self-knowledge is power" becomes self-knowledge-is-power. */
    public static String slug(String words) {
        String ascii = Normalizer.normalize(words.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 70 ? slug.substring(0, 70).replaceAll("-+$", "") : slug;
    }
}
