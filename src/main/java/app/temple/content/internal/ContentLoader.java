package app.temple.content.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

/**
 * Loads the starting content on start, before the platform reports itself ready. A failure stops the
 * start: half-loaded content is worse than none, and so is none at all.
 */
@Component
@Order(0)
class ContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentLoader.class);

    private final List<ContentKind> kinds;
    private final LoadedFiles loadedFiles;
    private final TransactionTemplate transaction;
    private final ContentSource source;
    private final ApplicationEventPublisher events;

    ContentLoader(List<ContentKind> kinds, LoadedFiles loadedFiles, TransactionTemplate transaction, ContentSource source,
                  ApplicationEventPublisher events) {
        this.kinds = kinds;
        this.loadedFiles = loadedFiles;
        this.transaction = transaction;
        this.source = source;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The web server is already listening. Spring Boot reports readiness only after every runner, but say so
        // here too, so that no later change of order lets a load balancer in before the content is there.
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        LoadReport report = load(source);
        if (report.loaded() + report.unchanged() == 0) {
            throw new IllegalStateException("Found no starting content in " + source.describe()
                    + ". Set TEMPLE_CONTENT_DIR to a copy of the repository's content/ folder.");
        }
        log.info("Content from {}: {} loaded, {} unchanged", source.describe(), report.loaded(), report.unchanged());
    }

    /** Loads every new or changed file of the source, kind by kind in their order. */
    LoadReport load(ContentSource source) {
        LoadReport report = new LoadReport(0, 0);
        Map<String, String> loadedBefore = loadedFiles.all();
        for (ContentKind kind : kinds) {
            for (ContentFile file : source.filesOf(kind)) {
                report = report.add(loadIfChanged(kind, file, loadedBefore.get(file.path())));
            }
        }
        return report;
    }

    private boolean loadIfChanged(ContentKind kind, ContentFile file, String hashLoadedBefore) {
        if (file.hash().equals(hashLoadedBefore)) {
            return false;
        }
        transaction.executeWithoutResult(status -> {
            kind.load(file);
            loadedFiles.record(file.path(), file.hash());
        });
        log.info("Content loaded: {}", file.path());
        return true;
    }

    record LoadReport(int loaded, int unchanged) {
        LoadReport add(boolean wasLoaded) {
            return wasLoaded ? new LoadReport(loaded + 1, unchanged) : new LoadReport(loaded, unchanged + 1);
        }
    }
}
