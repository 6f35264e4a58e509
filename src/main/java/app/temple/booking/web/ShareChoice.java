package app.temple.booking.web;

import app.temple.booking.internal.Shareable;
import app.temple.site.Dates;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * One of her items as a checkbox: what it is and when, never its content.
 *
 * @param inputId the checkbox's id, for its label
 * @param key     the checkbox's value
 */
public record ShareChoice(String inputId, String key, String title, String date, boolean checked) {

    /** Her items, those in {@code checked} ticked; nothing is ticked unless she ticked it. */
    static List<ShareChoice> of(List<Shareable> items, Collection<String> checked, ZoneId zone, Locale locale) {
        return IntStream.range(0, items.size()).mapToObj(i -> {
            Shareable item = items.get(i);
            return new ShareChoice("share-" + i, item.key(), item.title(), Dates.day(item.date(), zone, locale),
                    checked.contains(item.key()));
        }).toList();
    }
}
