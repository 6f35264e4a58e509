package app.temple.journal.web;

import app.temple.journal.web.Views.Card;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A list shows a short, plain-text excerpt of each article's summary. */
class ExcerptTest {

    @Test
    void aShortSummaryStaysWhole() {
        assertThat(Card.excerpt("Stress *quietly* turns the body away from closeness.")).isEqualTo("Stress quietly turns the body away from closeness.");
    }

    @Test
    void aLongSummaryEndsAtTheLastWholeSentenceThatFits() {
        String first = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.";
        String second = " Then a second sentence that runs on far past the thirty words an excerpt may have, with more and more words.";
        assertThat(Card.excerpt(first + second)).isEqualTo(first);
    }

    @Test
    void withoutASentenceEndItStopsAtThirtyWordsWithAnEllipsis() {
        String words = "word ".repeat(40).strip();
        String excerpt = Card.excerpt(words);
        assertThat(excerpt).endsWith("word…");
        assertThat(excerpt.split(" ")).hasSize(30);
    }

    @Test
    void markupAndAddressesNeverReachTheExcerpt() {
        assertThat(Card.excerpt("Read [the guide](https://example.org/guide) **now** [@key]."))
                .isEqualTo("Read the guide now.");
    }
}
