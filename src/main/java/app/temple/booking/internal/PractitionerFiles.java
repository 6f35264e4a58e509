package app.temple.booking.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import app.temple.content.ContentYaml;
import app.temple.content.MalformedContentException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The starting practitioners under {@code content/practitioners/}, one YAML file each ({@code .yaml}, or a {@code .md}
 * file that is all front matter). Like articles, a file is starting content: what she later changes in the web UI
 * lives in the database until the file itself changes. A file that cannot be understood stops the start with its name
 * and the line of the key at fault, before anything of it is stored.
 */
@Component
@Order(40)
class PractitionerFiles implements ContentKind {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,60}");
    private static final Set<String> LANGUAGES = Set.of("en", "sv", "de", "fr", "es", "da", "no", "fi", "ja");

    private final Practitioners practitioners;
    private final SeriesOffers series;

    PractitionerFiles(Practitioners practitioners, SeriesOffers series) {
        this.practitioners = practitioners;
        this.series = series;
    }

    @Override
    public String folder() {
        return "practitioners";
    }

    @Override
    public boolean accepts(java.nio.file.Path relativePath) {
        String name = relativePath.getFileName().toString();
        return relativePath.getNameCount() == 1 && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md"));
    }

    @Override
    public void load(ContentFile file) {
        Map<String, Integer> weeks = seriesWeeks(file);
        UUID practitioner = practitioners.save(read(file));
        for (SessionType type : practitioners.sessionTypes(practitioner)) {
            series.offer(type.id(), weeks.getOrDefault(type.slug(), 0));
        }
    }

    /**
     * The session types the file offers as a weekly series ({@code series-weeks: 8}), by slug; a type without it is
     * booked one session at a time.
     */
    static Map<String, Integer> seriesWeeks(ContentFile file) {
        Map<String, Object> yaml = file.path().endsWith(".md") ? ContentYaml.frontMatter(file).data() : ContentYaml.parse(file);
        Reader reader = new Reader(file, yaml);
        Map<String, Integer> weeks = new java.util.HashMap<>();
        for (Object entry : reader.list("session-types")) {
            if (entry instanceof Map<?, ?> type && type.get("slug") instanceof String slug && type.containsKey("series-weeks")) {
                weeks.put(slug, reader.minutes("series-weeks", type.get("series-weeks"), 2, 52));
            }
        }
        return weeks;
    }

    /** The draft a file describes; package-visible so the malformed cases are tested without a start. */
    static PractitionerDraft read(ContentFile file) {
        Map<String, Object> yaml = file.path().endsWith(".md") ? ContentYaml.frontMatter(file).data() : ContentYaml.parse(file);
        Reader reader = new Reader(file, yaml);
        String slug = reader.text("slug");
        if (!SLUG.matcher(slug).matches() || !slug.equals(file.baseName())) {
            throw reader.malformed("slug", "slug '" + slug + "' must be lower-case letters, digits and dashes, and name the file");
        }
        PractitionerKind kind = PractitionerKind.ofSlug(reader.text("kind"))
                .orElseThrow(() -> reader.malformed("kind", "kind must be trauma-informed-therapy, embodiment-teaching or mindset-coaching"));
        ZoneId zone;
        try {
            zone = ZoneId.of(reader.text("time-zone"));
        } catch (DateTimeException e) {
            throw reader.malformed("time-zone", "time-zone must be a zone such as Europe/Stockholm");
        }
        List<String> languages = reader.strings("languages");
        if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
            throw reader.malformed("languages", "languages must list language codes such as en and sv");
        }
        Practitioner.Profile profile = new Practitioner.Profile(reader.bilingual("bio"), reader.bilingual("approach"),
                reader.bilingual("credentials"));
        Map<?, ?> buffers = reader.map("buffers");
        Practitioner.BookingRules rules = new Practitioner.BookingRules(
                Duration.ofMinutes(reader.minutes("buffers", buffers.get("before"), 0, 240)),
                Duration.ofMinutes(reader.minutes("buffers", buffers.get("after"), 0, 240)),
                Duration.ofHours(reader.minutes("minimum-notice-hours", reader.yaml.get("minimum-notice-hours"), 0, 720)),
                reader.minutes("horizon-days", reader.yaml.get("horizon-days"), 1, 366),
                Duration.ofMinutes(reader.minutes("slot-step-minutes", reader.yaml.get("slot-step-minutes"), 5, 240)));
        String portrait = reader.optional("portrait");
        if (portrait != null && !portrait.matches("[a-z0-9-]+\\.svg")) {
            throw reader.malformed("portrait", "portrait must be an SVG file name under static/booking/portraits/");
        }
        boolean fictional = Boolean.TRUE.equals(yaml.get("fictional"));
        Practitioner practitioner = new Practitioner(null, slug, kind, reader.text("name"), fictional, profile, languages,
                zone, portrait, rules, null, !Boolean.FALSE.equals(yaml.get("active")));
        return new PractitionerDraft(practitioner, sessionTypes(reader), weekly(reader), overrides(reader));
    }

    private static List<SessionType> sessionTypes(Reader reader) {
        List<SessionType> types = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Object entry : reader.list("session-types")) {
            if (!(entry instanceof Map<?, ?> type) || !(type.get("slug") instanceof String slug) || !SLUG.matcher(slug).matches()
                    || !slugs.add(slug) || !(type.get("name") instanceof Map<?, ?> name)) {
                throw reader.malformed("session-types", "each session type needs a unique slug and a name with en and sv");
            }
            Bilingual names = new Bilingual(reader.required("session-types", name, "en"), reader.required("session-types", name, "sv"));
            types.add(new SessionType(null, null, slug, names,
                    Duration.ofMinutes(reader.minutes("session-types", type.get("minutes"), 10, 480)), price(reader, type.get("price")),
                    Duration.ofHours(reader.minutes("session-types", type.get("cancellation-window-hours"), 0, 720)), true));
        }
        return types;
    }

    private static Price price(Reader reader, Object value) {
        if ("arranged".equals(value)) {
            return Price.ARRANGED;
        }
        if (value instanceof Map<?, ?> price && price.get("amount") instanceof Number amount
                && price.get("currency") instanceof String code && code.matches("[A-Z]{3}")) {
            try {
                Currency currency = Currency.getInstance(code);
                long minor = new java.math.BigDecimal(amount.toString())
                        .movePointRight(Math.max(0, currency.getDefaultFractionDigits())).longValueExact();
                return new Price.Fixed(minor, currency);
            } catch (IllegalArgumentException | ArithmeticException e) {
                // falls through to the message below
            }
        }
        throw reader.malformed("price", "price must be 'arranged' or an amount and a currency such as {amount: 950, currency: SEK}");
    }

    private static Map<DayOfWeek, List<LocalHours>> weekly(Reader reader) {
        Map<DayOfWeek, List<LocalHours>> weekly = new EnumMap<>(DayOfWeek.class);
        reader.map("weekly-hours").forEach((day, hours) -> {
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(String.valueOf(day).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw reader.malformed("weekly-hours", "'" + day + "' is not a weekday such as monday");
            }
            weekly.put(weekday, reader.hours("weekly-hours", hours));
        });
        return weekly;
    }

    private static Map<LocalDate, List<LocalHours>> overrides(Reader reader) {
        Map<LocalDate, List<LocalHours>> overrides = new LinkedHashMap<>();
        Object given = reader.yaml.get("date-overrides");
        for (Object entry : given instanceof List<?> list ? list : List.of()) {
            LocalDate day;
            try {
                day = entry instanceof Map<?, ?> override ? ContentYaml.date(override.get("day")) : null;
            } catch (IllegalArgumentException e) {
                day = null;
            }
            if (day == null || overrides.containsKey(day)) {
                throw reader.malformed("date-overrides", "each date override needs its own day, such as 2026-12-24");
            }
            Map<?, ?> override = (Map<?, ?>) entry;
            overrides.put(day, Boolean.TRUE.equals(override.get("day-off")) ? List.of() : reader.hours("date-overrides", override.get("hours")));
        }
        return overrides;
    }

    /** Reads values of one file, turning every mistake into a message with the line of the key at fault. */
    private record Reader(ContentFile file, Map<String, Object> yaml) {

        MalformedContentException malformed(String key, String reason) {
            return file.malformed(lineOf(key), reason);
        }

        /** The 1-based line where {@code key:} is written, or 0 when it is not written. */
        int lineOf(String key) {
            List<String> lines = file.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).stripLeading().startsWith(key + ":")) {
                    return i + 1;
                }
            }
            return 0;
        }

        String text(String key) {
            if (!(yaml.get(key) instanceof String value) || value.isBlank()) {
                throw malformed(key, key + " is missing");
            }
            return value.trim();
        }

        String optional(String key) {
            return yaml.get(key) instanceof String value && !value.isBlank() ? value.trim() : null;
        }

        List<String> strings(String key) {
            if (!(yaml.get(key) instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw malformed(key, key + " must be a list");
            }
            return list.stream().map(String.class::cast).toList();
        }

        Bilingual bilingual(String key) {
            Map<?, ?> texts = map(key);
            return new Bilingual(required(key, texts, "en"), required(key, texts, "sv"));
        }

        String required(String key, Map<?, ?> texts, String language) {
            if (!(texts.get(language) instanceof String value) || value.isBlank()) {
                throw malformed(key, key + " needs its " + language + " text");
            }
            return value.trim();
        }

        Map<?, ?> map(String key) {
            if (!(yaml.get(key) instanceof Map<?, ?> map)) {
                throw malformed(key, key + " is missing or not a mapping");
            }
            return map;
        }

        List<?> list(String key) {
            if (!(yaml.get(key) instanceof List<?> list) || list.isEmpty()) {
                throw malformed(key, key + " must be a list with at least one entry");
            }
            return list;
        }

        int minutes(String key, Object value, int least, int most) {
            if (!(value instanceof Integer number) || number < least || number > most) {
                throw malformed(key, key + " needs whole numbers from " + least + " to " + most);
            }
            return number;
        }

        List<LocalHours> hours(String key, Object value) {
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                throw malformed(key, key + " needs a list of hours such as \"09:00-12:00\"");
            }
            List<LocalHours> hours = new ArrayList<>();
            for (Object stretch : list) {
                try {
                    hours.add(LocalHours.parse(String.valueOf(stretch)));
                } catch (IllegalArgumentException e) {
                    throw malformed(key, e.getMessage());
                }
            }
            return hours;
        }
    }
}
