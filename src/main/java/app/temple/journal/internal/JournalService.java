package app.temple.journal.internal;

import app.temple.journal.Journal;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;

/** The Journal's public face for other modules. */
@Service
class JournalService implements Journal {

    private static final int MAX = 20;

    private final Articles articles;

    JournalService(Articles articles) {
        this.articles = articles;
    }

    @Override
    public List<Teaser> latest(Locale locale, int count) {
        return articles.published(locale.getLanguage(), null, null, Math.clamp(count, 0, MAX), 0).stream()
                .map(row -> new Teaser(row.title(), row.summary(), row.path(), row.language()))
                .toList();
    }
}
