package app.temple;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings for a test application context other than the shared one. Spring keeps every context it has started
 * alive in its cache, and db-scheduler keeps polling in each of them, so a context left over from an earlier test
 * class would act as a third node: it could run the shared context's reminders and send their letters into its
 * own development outbox, where that test never looks. A side context therefore polls for background work only
 * once an hour; its own letters still go out at once, through the queue's after-commit nudge.
 */
public final class SideContext {

    private SideContext() {
    }

    public static void quietBackgroundWork(DynamicPropertyRegistry properties) {
        properties.add("db-scheduler.polling-interval", () -> "1h");
    }
}
