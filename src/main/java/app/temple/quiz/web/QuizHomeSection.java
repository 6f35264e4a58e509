package app.temple.quiz.web;

import app.temple.account.AccountHomeSection;
import app.temple.quiz.internal.PartnerLinks;
import app.temple.quiz.internal.QuizResults;
import app.temple.quiz.internal.Quizzes;
import app.temple.quiz.internal.SavedResult;
import app.temple.site.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Her saved results and partner comparisons on her account home: each quiz once, with when she last saved it, and
 * each comparison with where it stands. Only titles and dates: her scores stay on the results page, one click further.
 */
@Component
class QuizHomeSection implements AccountHomeSection {

    private final QuizResults results;
    private final PartnerLinks partners;
    private final Quizzes quizzes;
    private final MessageSource messages;

    QuizHomeSection(QuizResults results, PartnerLinks partners, Quizzes quizzes, MessageSource messages) {
        this.results = results;
        this.partners = partners;
        this.quizzes = quizzes;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        List<Item> items = new ArrayList<>();
        Map<String, SavedResult> newestOfEach = new LinkedHashMap<>();
        for (SavedResult result : results.of(member)) {
            newestOfEach.merge(result.quiz(), result, (kept, other) -> other.takenAt().isAfter(kept.takenAt()) ? other : kept);
        }
        for (SavedResult newest : newestOfEach.values()) {
            items.add(new Item(QuizResultsController.HISTORY + "#h-" + newest.quiz(), title(newest.quiz(), newest.version(), locale),
                    text("quiz.account.saved", locale, Dates.day(newest.takenAt(), Dates.HOME, locale))));
        }
        List<PartnerLinks.Link> comparisons = partners.of(member);
        for (PartnerLinks.Link link : comparisons) {
            items.add(new Item(PartnerController.MINE + "/" + link.id(),
                    text("quiz.account.comparison", locale, title(link.quiz(), link.version(), locale)),
                    text(link.revealed() ? "quiz.partner.status.revealed"
                            : link.bothFinished() ? "quiz.partner.status.finished" : "quiz.partner.status.waiting", locale)));
        }
        List<Link> more = new ArrayList<>();
        if (!newestOfEach.isEmpty()) {
            more.add(new Link(QuizResultsController.HISTORY, text("quiz.history.title", locale)));
        }
        if (!comparisons.isEmpty()) {
            more.add(new Link(PartnerController.MINE, text("quiz.partner.mine", locale)));
        }
        return Optional.of(new Card(text("quiz.account.heading", locale), items,
                new Empty(text("quiz.account.empty", locale), new Link(QuizController.INDEX, text("quiz.account.begin", locale))),
                more));
    }

    private String title(String slug, int version, Locale locale) {
        return quizzes.find(slug, version).map(quiz -> quiz.title().in(locale.getLanguage())).orElse(slug);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
