package app.temple.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A card on her account home, contributed by the module that owns what it shows: her courses, her next session, her
 * saved results, her reflections. The account module only declares this and renders the cards, since the modules above
 * it (courses, sessions, quizzes) depend on it and not the other way round. A card is data, not markup, so every card
 * looks alike and everything in it is escaped by the one template that shows it.
 */
public interface AccountHomeSection {

    /** Where the card stands on her home: lower first. */
    int order();

    /** Her card, in her language; empty when it does not concern her at all (the practitioner's desk). */
    Optional<Card> cardFor(UUID member, Locale locale);

    /**
     * One card.
     *
     * @param heading its heading
     * @param items   what she has here, a few at most; when empty the card shows {@code empty} instead
     * @param empty   what the card says while she has nothing here yet, and where to begin
     * @param more    links under the items, such as "all your reflections"
     */
    record Card(String heading, List<Item> items, Empty empty, List<Link> more) {
    }

    /** One thing she has: a link and, beside it, a short note such as how far she has come or when. */
    record Item(String href, String text, String note) {
    }

    /** A warm word for a card with nothing in it yet, and a link to somewhere real to begin. */
    record Empty(String text, Link link) {
    }

    record Link(String href, String text) {
    }
}
