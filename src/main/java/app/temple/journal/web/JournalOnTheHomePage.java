package app.temple.journal.web;

import app.temple.journal.Journal;
import app.temple.journal.internal.JournalEpoch;
import app.temple.site.ContentEpoch;
import app.temple.site.HomeReading;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** The Journal's newest and featured articles for the site's home page, through the Journal's public face. */
@Component
class JournalOnTheHomePage implements HomeReading {

    private final Journal journal;
    private final JournalEpoch epoch;

    JournalOnTheHomePage(Journal journal, JournalEpoch epoch) {
        this.journal = journal;
        this.epoch = epoch;
    }

    @Override
    public Picks picks(Locale locale) {
        Optional<Journal.Teaser> featured = journal.featured(locale);
        // when the featured article is also the newest, the next newest takes the first place
        Optional<Journal.Teaser> newest = journal.latest(locale, 2).stream()
                .filter(teaser -> featured.map(chosen -> !chosen.path().equals(teaser.path())).orElse(true))
                .findFirst();
        return new Picks(newest.map(JournalOnTheHomePage::article), featured.map(JournalOnTheHomePage::article));
    }

    @Override
    public ContentEpoch epoch() {
        return epoch.epoch();
    }

    private static Article article(Journal.Teaser teaser) {
        return new Article(teaser.title(), teaser.summary(), teaser.path(), teaser.language());
    }
}
