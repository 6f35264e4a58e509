package app.temple.journal.internal;

import app.temple.content.Markdown;
import app.temple.journal.internal.ArticleDocument.Citation;
import app.temple.journal.internal.RenderedArticle.Reference;
import app.temple.journal.internal.RenderedArticle.RenderedFaq;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
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

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
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

    /**
     * The words of the article for search, snippets and the reading time: no markup, no citation keys, and no web
     * addresses (a link keeps only its words).
     */
    public String plainText(ArticleDocument document) {
        StringBuilder words = new StringBuilder(words(document.body()));
        document.faq().forEach(entry -> words.append('\n').append(entry.question()).append('\n')
                .append(words(entry.answer())));
        return clean(words.toString());
    }

    /** A short text (a summary, an FAQ answer) as plain words, the same way. */
    public static String plainWords(String markdown) {
        return clean(words(markdown)).replaceAll("\\s+", " ").strip();
    }

    private static String clean(String text) {
        return ArticleSources.CITATION.matcher(text).replaceAll("").replace("[!PULLQUOTE]", "").replaceAll("[⟦⟧]", "")
                .replaceAll("\\bhttps?://\\S+", "").replaceAll("[ \\t]+([.,;:!?)])", "$1").replaceAll("[ \\t]{2,}", " ");
    }

    private static String words(String markdown) {
        PlainWords visitor = new PlainWords();
        PARSER.parse(markdown == null ? "" : markdown).accept(visitor);
        return visitor.words.toString().strip();
    }

    /** Walks the parsed Markdown keeping only what a reader reads: text, code, and a link's words but not its address. */
    private static final class PlainWords extends AbstractVisitor {

        private final StringBuilder words = new StringBuilder();

        @Override
        public void visit(Text text) {
            words.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            words.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            words.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            words.append('\n');
        }

        @Override
        public void visit(Paragraph paragraph) {
            block(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            block(heading);
        }

        @Override
        public void visit(ListItem item) {
            block(item);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            words.append(code.getLiteral()).append('\n');
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            words.append(code.getLiteral()).append('\n');
        }

        @Override
        public void visit(HtmlInline html) {
            // markup, not words
        }

        @Override
        public void visit(HtmlBlock html) {
            // markup, not words
        }

        @Override
        public void visit(Image image) {
            // an image's address is not words; its description is in the text around it
        }

        @Override
        public void visit(CustomNode node) {
            // table cells and rows: keep neighbouring cells' words apart
            visitChildren(node);
            words.append(' ');
        }

        private void block(Node node) {
            visitChildren(node);
            words.append('\n');
        }
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
