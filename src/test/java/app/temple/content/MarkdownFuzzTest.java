package app.temple.content;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whatever Markdown a writer (or a stolen editor account) gives, what a page shows carries nothing that runs: no script
 * element, no event handler, no script URL, only the elements and attributes the policy names. The committed inputs
 * under MarkdownFuzzTestInputs replay in every build; docs/fuzzing.md says how to search for new ones.
 */
class MarkdownFuzzTest {

    /** What {@link Markdown}'s policy allows; the checker below is written apart from it, so a loosened policy fails here. */
    private static final Set<String> ELEMENTS = Set.of("body", "p", "h2", "h3", "h4", "h5", "h6", "ul",
            "ol", "li", "blockquote", "em", "strong", "code", "pre", "hr", "br", "table", "thead", "tbody", "tr", "th",
            "td", "sup", "a", "del", "img");
    private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "src", "alt", "id", "class", "align");
    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript|data|file):.*", Pattern.DOTALL);
    /** What browsers ignore in a URL's scheme: controls, whitespace. */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7f]+");

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"<script", "</script>", "javascript:", "JaVaScRiPt:", "data:text/html,", "onerror=",
            "onload=", "<img src=", "<a href=", "<svg", "<iframe", "<style", "style=", "[x](", "![x](", "<!--",
            "-->", "&#x6A;", "&#106;", "```", "| a | b ||---|---|", "<details open ontoggle=", "formaction="})
    void renderedMarkdownCarriesNothingThatRuns(byte[] input) {
        assertNothingRuns(Markdown.html(new String(input, StandardCharsets.UTF_8)));
    }

    @FuzzTest(maxDuration = "30s")
    void plainTextAndSlugsTakeAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Markdown.plainText(text);
        String slug = Markdown.slug(text);
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*|") || slug.length() > 70) {
            throw new AssertionError("a slug that is not one: " + slug);
        }
    }

    /** Fails unless the sanitized HTML holds only allowed elements and attributes, and no URL that runs script. */
    static void assertNothingRuns(String html) {
        if (html.toLowerCase(Locale.ROOT).contains("<script")) {
            throw new AssertionError("a script element survived: " + html);
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().select("*")) {
            if (!ELEMENTS.contains(element.normalName())) {
                throw new AssertionError("element <" + element.normalName() + "> survived: " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || !ATTRIBUTES.contains(name)) {
                    throw new AssertionError("attribute " + name + " survived: " + html);
                }
                String value = IGNORED_IN_SCHEME.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                if ((name.equals("href") || name.equals("src")) && SCRIPT_URL.matcher(value).matches()) {
                    throw new AssertionError("a script URL survived: " + html);
                }
                if (name.equals("src") && !attribute.getValue().matches("/[^/\\\\].*")) {
                    throw new AssertionError("an image from another origin survived: " + html);
                }
            }
        }
    }
}
