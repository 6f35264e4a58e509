package app.temple.course.internal;

import java.util.Locale;

/** How a lesson is given. Audio and video lessons carry their full script or transcript as their text. */
public enum LessonFormat {
    TEXT, AUDIO, VIDEO;

    static LessonFormat of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
