package app.temple.billing.web;

import java.util.UUID;

/** Ids as forms and addresses carry them. */
final class Ids {

    private Ids() {
    }

    /** The id, or null when the text is not one. */
    static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
