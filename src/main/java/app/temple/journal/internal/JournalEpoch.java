package app.temple.journal.internal;

import app.temple.site.PolledEpoch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The epoch of every public Journal page. {@link Articles} moves it after each write that commits here; a light
 * poll of the article table moves it when another instance of Temple, sharing the database, changed the Journal.
 */
@Component
public class JournalEpoch extends PolledEpoch {

    private final JdbcClient jdbc;

    JournalEpoch(JdbcClient jdbc, @Value("${temple.journal.change-poll:1s}") Duration pollEvery) {
        super("journal-epoch", pollEvery);
        this.jdbc = jdbc;
    }

    @Override
    protected String state() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(changed_at)::text, '') || '/' "
                        + "|| coalesce(max(unpublished_at)::text, '') from journal_article")
                .query(String.class).single();
    }

    /** Declared again here so that {@link Articles}, in this package, may call it. */
    @Override
    protected void changedInThisTransaction() {
        super.changedInThisTransaction();
    }
}
