package app.temple.booking.internal;

import app.temple.course.MyReflections;
import app.temple.quiz.SavedResults;
import app.temple.vault.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What she shares with her practitioner for one session, item by item: nothing unless she ticks it, changeable until
 * the session starts, kept through a reschedule (it belongs to the booking, not to the time). Only the kind and id
 * are stored here; each item stays sealed in its own module, which opens it for the practitioner and writes every
 * look to her access log.
 */
@Service
public class SharedItems {

    private final JdbcClient jdbc;
    private final SavedResults results;
    private final MyReflections reflections;
    private final Clock clock;

    SharedItems(JdbcClient jdbc, SavedResults results, MyReflections reflections, Clock clock) {
        this.jdbc = jdbc;
        this.results = results;
        this.reflections = reflections;
        this.clock = clock;
    }

    /** Everything of hers she could share: her saved results, then her reflections, newest first within each. */
    public List<Shareable> shareableOf(UUID member, Locale locale) {
        String language = language(locale);
        List<Shareable> all = new ArrayList<>();
        results.listOf(member, language).forEach(result -> all.add(Shareable.of(SharedKind.QUIZ_RESULT,
                result.id().toString(), result.quizTitle(), result.takenAt())));
        reflections.listOf(member, language).forEach(reflection -> all.add(Shareable.of(SharedKind.REFLECTION,
                reflection.id(), reflection.courseTitle() + " – " + reflection.lessonTitle(), reflection.updatedAt())));
        return all;
    }

    /** The keys ({@link Shareable#key()}) of what she shares for this booking. */
    public Set<String> sharedKeys(UUID booking) {
        return rows(booking).stream().map(row -> row.kind().column() + ":" + row.item())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether she may still change what she shares: a confirmed session that has not started. */
    public boolean changeable(Booking booking) {
        return booking.status() == BookingStatus.CONFIRMED && booking.slot().start().isAfter(clock.instant());
    }

    /** Whether every key names one of her items; what a form sends is checked before anything is booked or stored. */
    public boolean allHers(UUID member, Collection<String> keys, Locale locale) {
        Set<String> hers = shareableOf(member, locale).stream().map(Shareable::key).collect(Collectors.toSet());
        return hers.containsAll(keys);
    }

    /**
     * Makes {@code keys} what she shares for her booking: those not chosen any more are unshared at once, those
     * already shared keep the time they were first shared.
     */
    @Transactional
    public SharingOutcome share(Booking booking, Collection<String> keys, Locale locale) {
        if (!changeable(booking)) {
            return SharingOutcome.FIXED;
        }
        Map<String, Shareable> hers = shareableOf(booking.member(), locale).stream()
                .collect(Collectors.toMap(Shareable::key, Function.identity(), (a, b) -> a));
        if (!hers.keySet().containsAll(keys)) {
            return SharingOutcome.UNKNOWN_ITEM;
        }
        Set<String> chosen = new LinkedHashSet<>(keys);
        for (Row row : rows(booking.id())) {
            if (!chosen.contains(row.kind().column() + ":" + row.item())) {
                jdbc.sql("delete from booking_shared_item where booking_id = ? and kind = ? and item_id = ?")
                        .params(booking.id(), row.kind().column(), row.item()).update();
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (String key : chosen) {
            Shareable item = hers.get(key);
            jdbc.sql("insert into booking_shared_item (booking_id, kind, item_id, shared_at) values (?, ?, ?, ?) on conflict do nothing")
                    .params(booking.id(), item.kind().column(), item.id(), now).update();
        }
        return SharingOutcome.SAVED;
    }

    /**
     * What she shares for this booking, each item opened for {@code reader} (the practitioner's account) by its own
     * module, which writes the look to her access log. An item she has since deleted is simply not there.
     */
    public List<OpenedItem> openFor(Booking booking, UUID reader, Locale locale) {
        Reader practitioner = new Reader(reader, Desk.READER_ROLE);
        String language = language(locale);
        List<OpenedItem> opened = new ArrayList<>();
        for (Row row : rows(booking.id())) {
            Optional<? extends OpenedItem> item = switch (row.kind()) {
                case QUIZ_RESULT -> quizResultId(row.item()).flatMap(id ->
                        results.openFor(practitioner, booking.member(), id, language)).map(OpenedItem.QuizResult::new);
                case REFLECTION -> reflections.openFor(practitioner, booking.member(), row.item(), language)
                        .map(OpenedItem.Reflection::new);
            };
            item.ifPresent(opened::add);
        }
        return opened;
    }

    /** Her export: what she shared for a booking, by kind and id, and since when. */
    List<Map<String, Object>> exportOf(UUID booking) {
        return rows(booking).stream().map(row -> {
            Map<String, Object> shared = new LinkedHashMap<>();
            shared.put("kind", row.kind().column());
            shared.put("item", row.item());
            shared.put("sharedAt", row.sharedAt());
            return shared;
        }).toList();
    }

    private record Row(SharedKind kind, String item, Instant sharedAt) {
    }

    private List<Row> rows(UUID booking) {
        return jdbc.sql("select kind, item_id, shared_at from booking_shared_item where booking_id = ?").param(booking)
                .query((row, i) -> new Row(SharedKind.of(row.getString("kind")).orElseThrow(), row.getString("item_id"),
                        row.getTimestamp("shared_at").toInstant()))
                .list().stream().sorted(Comparator.comparing(Row::sharedAt).thenComparing(Row::item)).toList();
    }

    private static Optional<UUID> quizResultId(String item) {
        try {
            return Optional.of(UUID.fromString(item));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String language(Locale locale) {
        return locale != null && "sv".equals(locale.getLanguage()) ? "sv" : "en";
    }
}
