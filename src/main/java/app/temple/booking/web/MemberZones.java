package app.temple.booking.web;

import app.temple.site.Dates;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The zone she sees times in. Her browser's zone comes in a hidden field (a small script reads
 * {@code Intl.DateTimeFormat().resolvedOptions().timeZone}); without a script, or with something that is not a zone,
 * she sees Stockholm time and can choose another from the list.
 */
final class MemberZones {

    static final ZoneId DEFAULT = Dates.HOME;

    /** The zones offered in the list; hers is added when it is not among them. */
    static final List<String> COMMON = List.of(Dates.HOME_ID, "Europe/Oslo", "Europe/Copenhagen", "Europe/Helsinki",
            "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid",
            "Europe/Rome", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Athens", "Europe/Istanbul", "Africa/Cairo",
            "Africa/Johannesburg", "Africa/Lagos", "Asia/Dubai", "Asia/Kolkata", "Asia/Bangkok", "Asia/Singapore",
            "Asia/Shanghai", "Asia/Tokyo", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland", "America/Halifax",
            "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
            "America/Anchorage", "Pacific/Honolulu", "America/Mexico_City", "America/Bogota", "America/Sao_Paulo",
            "America/Argentina/Buenos_Aires", "UTC");

    private MemberZones() {
    }

    /** The zone named, if it is a region zone Java knows; empty for anything else. */
    static Optional<ZoneId> parse(String name) {
        if (name == null || name.isBlank() || name.length() > 64 || !name.matches("[A-Za-z0-9_+/-]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The zone named, or Stockholm. */
    static ZoneId orDefault(String name) {
        return parse(name).orElse(DEFAULT);
    }

    /** The list for the select, with {@code chosen} in it. */
    static List<String> choices(ZoneId chosen) {
        TreeSet<String> zones = new TreeSet<>(COMMON);
        zones.add(chosen.getId());
        return List.copyOf(zones);
    }
}
