package app.temple.mail;

import java.util.List;
import java.util.Locale;

/**
 * The letters the platform sends, each with the values it needs. Every letter may also carry {@code name}, for
 * the greeting. Subjects and wording are neutral: none says what the platform is about.
 */
public enum LetterKind {

    /** Confirm a new email address: {@code link}; optionally a {@code code} to type instead. */
    VERIFY_EMAIL(List.of("link"), List.of("code")),
    /** Sign in without a password: {@code link}; optionally a {@code code} and how many {@code minutes} it works. */
    SIGN_IN_LINK(List.of("link"), List.of("code", "minutes")),
    /** Choose a new password: {@code link}; optionally how many {@code minutes} it works. */
    PASSWORD_RESET(List.of("link"), List.of("minutes")),
    /**
     * Something about signing in changed; optionally which {@code change} ({@code password}, {@code email},
     * {@code passkey} or {@code second-factor}) and a {@code link} to review it.
     */
    SECURITY_CHANGE(List.of(), List.of("change", "link")),
    /** The account and its data are gone. */
    ACCOUNT_ERASED(List.of(), List.of()),
    /** An invitation to a staff account: {@code link}; optionally how many {@code days} it works. */
    STAFF_INVITATION(List.of("link"), List.of("days")),
    /** An appointment she made: {@code when} it is, a {@code link} to see or change it; optionally the video {@code room}. */
    APPOINTMENT_CONFIRMED(List.of("when", "link"), List.of("room")),
    /** Her appointment moved to {@code when}; a {@code link} to see it; optionally the video {@code room}. */
    APPOINTMENT_MOVED(List.of("when", "link"), List.of("room")),
    /** Her appointment at {@code when} is cancelled; optionally a {@code link} to make another. */
    APPOINTMENT_CANCELLED(List.of("when"), List.of("link")),
    /**
     * To the one who holds the appointment: the appointment at {@code when}; the {@code change} ({@code booked},
     * {@code moved} or {@code cancelled}); optionally the video {@code room}.
     */
    APPOINTMENT_WITH_YOU(List.of("when"), List.of("change", "room")),
    /** A reminder of her appointment at {@code when}; a {@code link} to see it; optionally the video {@code room}. */
    APPOINTMENT_REMINDER(List.of("when", "link"), List.of("room")),
    /** Weekly appointments she made: the first {@code when}, a {@code link} to see them; optionally how many ({@code count}). */
    APPOINTMENT_SERIES(List.of("when", "link"), List.of("count")),
    /** A time she waited for is free at {@code when}: a {@code link} to take it; offered to her first for {@code hours}. */
    APPOINTMENT_OFFER(List.of("when", "link"), List.of("hours")),
    /**
     * A recurring payment did not go through: a {@code link} to her account, where she updates how she pays;
     * optionally how many {@code days} things go on as they are meanwhile.
     */
    PAYMENT_METHOD(List.of("link"), List.of("days")),
    /**
     * A payment was given back in full because what it paid for was no longer to be had (it came after her held
     * time was gone): a {@code link} to where she can choose again.
     */
    PAYMENT_RETURNED(List.of("link"), List.of());

    /** The value every letter may carry. */
    public static final String NAME = "name";

    private final List<String> required;
    private final List<String> optional;

    LetterKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The values this letter cannot be written without. */
    public List<String> required() {
        return required;
    }

    /** The values this letter may carry besides {@link #NAME}, in the order their sentences appear. */
    public List<String> optional() {
        return optional;
    }

    /** Whether a value called {@code name} means anything in this letter. */
    public boolean accepts(String name) {
        return NAME.equals(name) || required.contains(name) || optional.contains(name);
    }

    /** This kind as it appears in message keys: {@code SIGN_IN_LINK} is {@code sign-in-link}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
