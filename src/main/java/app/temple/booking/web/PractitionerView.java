package app.temple.booking.web;

import app.temple.booking.internal.Practitioner;
import app.temple.booking.internal.PractitionerPhotos;
import app.temple.booking.internal.Price;
import app.temple.booking.internal.SessionType;
import app.temple.site.Page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A practitioner as her pages show her, in the reader's language. {@code photo} is the address of her own photo, or
 * null when she has none and the drawn {@code portrait} stands in (decorative, so without alt text; her photo is
 * described by her name).
 */
public record PractitionerView(String slug, String path, String name, boolean fictional, String kindKey, String kindPath,
                               String bio, String approach, String credentials, List<String> languages, String zone,
                               String portrait, String photo, List<TypeView> types) {

    private static final Map<String, String> LANGUAGE_NAMES = new ConcurrentHashMap<>();

    /** One session type she offers. {@code price} is null when it is arranged with us. */
    public record TypeView(String slug, String name, long minutes, String price, long cancellationHours, String path) {

        static TypeView of(Practitioner practitioner, SessionType type, Locale locale) {
            String price = type.price() instanceof Price.Fixed fixed ? fixed.text(locale) : null;
            return new TypeView(type.slug(), type.name().in(locale), type.length().toMinutes(), price,
                    type.cancellationWindow().toHours(), BookingRoutes.slots(practitioner.slug(), type.slug()));
        }
    }

    /** Her photo's stable address, with its version so that a browser asks again once she has replaced it. */
    static String photoPath(String slug, PractitionerPhotos.Photo photo) {
        return BookingRoutes.photo(slug) + "?v=" + photo.version();
    }

    /**
     * A language's name in the reader's language. Worked out once per pair for the site's own languages: the JDK's
     * lookup of display names was 2% of a free-times page's CPU (async-profiler 2026-12-06). Codes are two or three
     * letters (checked where she saves them); a reader's language is remembered only when it is one of the site's,
     * since the language cookie may carry any tag a visitor writes into it.
     */
    static String languageName(String code, Locale reader) {
        if (!Page.LANGUAGES.contains(reader)) {
            return displayName(code, reader);
        }
        return LANGUAGE_NAMES.computeIfAbsent(code + "|" + reader.getLanguage(), pair -> displayName(code, reader));
    }

    private static String displayName(String code, Locale reader) {
        return Locale.forLanguageTag(code).getDisplayLanguage(reader);
    }

    static PractitionerView of(Practitioner practitioner, List<SessionType> types, Locale locale,
                               PractitionerPhotos photos) {
        Practitioner.Profile profile = practitioner.profile();
        return new PractitionerView(practitioner.slug(), practitioner.path(), practitioner.name(), practitioner.fictional(),
                practitioner.kind().messageKey(), "/sessions/" + practitioner.kind().slug(), profile.bio().in(locale),
                profile.approach().in(locale), profile.credentials().in(locale),
                practitioner.languages().stream().map(code -> languageName(code, locale)).toList(),
                practitioner.zone().getId(),
                "/booking/portraits/" + (practitioner.portrait() == null ? "placeholder.svg" : practitioner.portrait()),
                photos.of(practitioner).map(photo -> photoPath(practitioner.slug(), photo)).orElse(null),
                types.stream().map(type -> TypeView.of(practitioner, type, locale)).toList());
    }
}
