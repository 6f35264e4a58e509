package app.temple.content;

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

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way Temple turns Markdown that people write (articles, lessons, in files or in the editor) into HTML:
 * commonmark-java renders it, every heading gets an id from its words, and one OWASP policy removes whatever a
 * source could smuggle in (scripts, event handlers, javascript: and data: URLs, styles, images from other origins).
 * A module adds its own constructs between {@link #unsafeHtml} and {@link #sanitize}; nothing reaches a page unsanitized.
 */
public final class Markdown {

    /**
     * Ids the pages that show Markdown use themselves (article, lesson and editor pages); a heading must not take
     * one, or a skip link, a form label or a section link would point at the wrong element.
     */
    public static final Set<String> PAGE_IDS = Set.of("main", "faq-heading", "references-heading", "related-heading",
            "support-heading", "one-thing-heading", "preview", "preview-heading", "revisions-heading", "search-results",
            "journal-q", "source", "source-hint", "source-error", "publishAt", "publishAt-error", "zone", "zone-error",
            "zone-hint", "zone-choices", "content-note-heading", "speed", "transcript-note", "lesson-text",
            "practice-heading", "reflection", "reflection-heading", "reflection-hint", "reflection-text", "progress",
            "done-heading", "further-heading", "access-heading", "safety-heading");
    private static final String PAGE_ID_NAMES = String.join("|", PAGE_IDS);

    /**
     * The one policy for articles and lessons alike. Only the elements text needs; links only to the web, mail or
     * this site, and every link that leaves this site carries rel="noopener noreferrer", so the page it opens can
     * neither reach back into ours nor learn which page sent her (a lesson's address says what she is reading); a
     * link within the site ({@code /path} or {@code #section}) needs neither and stays as written. Images only from this
     * site's own paths: a foreign image would tell another server who reads what. Ids only where house constructs
     * put them (headings, citation marks), never one a page uses itself; classes only the house constructs' own.
     */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
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
            .allowElements(Markdown::relOnLeavingLinks, "a")
            .toFactory();

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create()))
            .attributeProviderFactory(context -> new HeadingIds()).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    /** Markdown as safe HTML: what a fragment, a lesson or a preview shows. */
    public static String html(String markdown) {
        return sanitize(unsafeHtml(markdown));
    }

    /**
     * Markdown rendered but not yet sanitized, for a module that adds its own markup first. Whatever it returns
     * must pass {@link #sanitize} before a page shows it.
     */
    public static String unsafeHtml(String markdown) {
        return HTML.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The words without markup, for search. */
    public static String plainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Lowercase ASCII words joined by hyphens: "Self-knowledge is power" becomes self-knowledge-is-power. */
    public static String slug(String words) {
        String ascii = Normalizer.normalize(words.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 70 ? slug.substring(0, 70).replaceAll("-+$", "") : slug;
    }

    /** Same-origin addresses: a path on this site (not {@code //host}) or a place on this page. */
    private static final Pattern WITHIN_SITE = Pattern.compile("#.*|/(?![/\\\\]).*");

    /** Runs after the attributes are sanitized: replaces any rel the source gave with the one the policy requires. */
    private static String relOnLeavingLinks(String element, List<String> attributes) {
        for (int i = attributes.size() - 2; i >= 0; i -= 2) {
            if (attributes.get(i).equals("rel")) {
                attributes.remove(i + 1);
                attributes.remove(i);
            }
        }
        int href = attributes.indexOf("href");
        if (href >= 0 && href % 2 == 0 && !WITHIN_SITE.matcher(attributes.get(href + 1)).matches()) {
            attributes.add("rel");
            attributes.add("noopener noreferrer");
        }
        return element;
    }

    /** Gives every heading an id from its words, so a section can be linked to; one instance per document. */
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
}
