package app.temple.journal.internal;

import java.util.List;

/**
 * An article's text as safe HTML: rendered from Markdown and sanitized, so templates may print it unescaped.
 *
 * @param bodyHtml   the body, citations as numbered links to the references
 * @param faq        the questions (plain text) with their answers (safe HTML)
 * @param references the numbered reference list, in the order the text first cites them
 */
public record RenderedArticle(String bodyHtml, List<RenderedFaq> faq, List<Reference> references) {

    public record RenderedFaq(String question, String answerHtml) {
    }

    /**
     * @param backlinks the element ids of each place in the text that cites it, for the links back
     */
    public record Reference(int number, String text, String url, List<String> backlinks) {

        public String id() {
            return "ref-" + number;
        }
    }
}
