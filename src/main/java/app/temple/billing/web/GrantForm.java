package app.temple.billing.web;

import app.temple.billing.GrantIssued;
import app.temple.site.Dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The admin's grant form as posted, kept as typed so that a refused form comes back with her input. Dates are days
 * in Stockholm: access starts at the start of the first day and ends at the end of the last.
 */
public record GrantForm(String email, String scope, String starts, String ends) {

    static final ZoneId ZONE = Dates.HOME;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_EMAIL = 320;

    public GrantForm {
        email = email == null ? "" : email;
        scope = scope == null ? "" : scope;
        starts = starts == null ? "" : starts;
        ends = ends == null ? "" : ends;
    }

    static GrantForm empty(LocalDate today) {
        return new GrantForm("", GrantIssued.ALL_COURSES, today.toString(), "");
    }

    /** The message key for each field that is wrong, in form order; empty when the form can be granted. */
    Map<String, String> problems(List<String> courses) {
        Map<String, String> problems = new LinkedHashMap<>();
        String address = email.strip();
        if (address.isEmpty() || address.length() > MAX_EMAIL || !address.contains("@")) {
            problems.put("email", "billing.error.email");
        }
        if (!scope.equals(GrantIssued.ALL_COURSES) && !courses.contains(scope)) {
            problems.put("scope", "billing.error.scope");
        }
        LocalDate first = day(starts);
        if (first == null) {
            problems.put("starts", "billing.error.starts");
        }
        if (!ends.isBlank()) {
            LocalDate last = day(ends);
            if (last == null) {
                problems.put("ends", "billing.error.ends");
            } else if (first != null && last.isBefore(first)) {
                problems.put("ends", "billing.error.endsBeforeStart");
            }
        }
        return problems;
    }

    /** Null for every course. */
    String course() {
        return scope.equals(GrantIssued.ALL_COURSES) ? null : scope;
    }

    java.time.Instant startsAt() {
        return day(starts).atStartOfDay(ZONE).toInstant();
    }

    /** The start of the day after the last day; null for no end. */
    java.time.Instant endsAt() {
        return ends.isBlank() ? null : day(ends).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** A calendar day as {@code <input type="date">} sends it, within years a grant can sensibly name. */
    private static LocalDate day(String value) {
        String trimmed = value.strip();
        if (!DATE.matcher(trimmed).matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(trimmed);
            return day.getYear() >= 2000 && day.getYear() <= 2999 ? day : null;
        } catch (DateTimeException notADay) {
            return null;
        }
    }
}
