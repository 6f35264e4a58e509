package app.temple.booking.internal;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of help the 1:1 team gives; the slug is the kind's address under {@code /sessions/}. */
public enum PractitionerKind {

    TRAUMA_INFORMED_THERAPY("trauma-informed-therapy"),
    EMBODIMENT_TEACHING("embodiment-teaching"),
    MINDSET_COACHING("mindset-coaching");

    private final String slug;

    PractitionerKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The kind with this slug; empty for anything else, so a wrong address is a 404 and never an error. */
    public static Optional<PractitionerKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** The message-key part, e.g. {@code booking.kind.trauma-informed-therapy}. */
    public String messageKey() {
        return "booking.kind." + slug;
    }
}
