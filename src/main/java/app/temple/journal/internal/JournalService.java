package app.temple.journal.internal;

import app.temple.journal.Journal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Journal's public face for other modules. */
@Service
class JournalService implements Journal {

    private static final int MAX = 20;

    /** More works than the Journal will hold for years; the featured one is looked for among them. */
    private static final int EVERY_WORK = 10_000;

    private final Articles articles;
    private final String featuredWork;

    JournalService(Articles articles, @Value("${temple.journal.featured:responsive-vs-spontaneous-desire}") String featuredWork) {
        this.articles = articles;
        this.featuredWork = featuredWork;
    }

    @Override
    public List<Teaser> latest(Locale locale, int count) {
        return articles.published(locale.getLanguage(), null, null, Math.clamp(count, 0, MAX), 0).stream()
                .map(JournalService::teaser)
                .toList();
    }

    @Override
    public Optional<Teaser> featured(Locale locale) {
        List<ArticleRow> works = articles.published(locale.getLanguage(), null, null, EVERY_WORK, 0);
        return works.stream().filter(row -> row.work().equals(featuredWork)).findFirst()
                .or(() -> works.isEmpty() ? Optional.empty() : Optional.of(works.getLast()))
                .map(JournalService::teaser);
    }

    private static Teaser teaser(ArticleRow row) {
        return new Teaser(row.title(), row.summary(), row.path(), row.language());
    }
}
