package app.temple.booking.web;

import app.temple.FuzzFields;
import app.temple.booking.internal.Slot;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whatever a booking form posts (the time, her zone, the form's key, the note) or a practitioner's hours form, the
 * pages read it into values they can use to the end, a slot and its times written in her zone and language, or
 * refuse it (400 or the form again); never with another exception (a 500). Fields are one per line.
 */
class BookingFormsFuzzTest {

    /** The longest session a type can have, and its buffers: what a parsed time must leave room for. */
    private static final Duration LONGEST = Duration.ofHours(8);

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"2027-04-12T07:00:00Z", "+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
            "Europe/Stockholm", "UTC", "Etc/GMT+14", "SystemV/AST4", "GMT0", "sv", "en", "T", "Z", ":60",
            ".999999999"})
    void aBookingFormIsReadOrRefused(byte[] input) {
        FuzzFields fields = FuzzFields.of(input, 5);
        Optional<Instant> wanted = Times.instant(fields.get(0));
        Optional<ZoneId> zone = MemberZones.parse(fields.get(1));
        ZoneId hers = MemberZones.orDefault(fields.get(1));
        MemberZones.choices(hers);
        BookingForms.isKey(fields.get(2));
        Locale locale = Locale.forLanguageTag(fields.get(3) == null ? "en" : fields.get(3));
        if (wanted.isEmpty()) {
            return; // 400
        }
        // BookingController.book makes the slot before it knows whether the time is free, to show her form again
        Slot slot = new Slot(wanted.get(), wanted.get().plus(LONGEST));
        slot.held(LONGEST, LONGEST);
        Times.of(slot, zone.orElse(MemberZones.DEFAULT), locale);
        Times.of(slot, ZoneId.of("Pacific/Kiritimati"), locale);
        Times.of(slot, ZoneId.of("Pacific/Pago_Pago"), locale);
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"09:00-12:00", "13:00-17:00", ", ", "off", "ledig", "2027-04-12 ", "24:00", "00:00", "-"})
    void practitionerHoursAreReadOrRefused(byte[] input) {
        FuzzFields fields = FuzzFields.of(input, 14);
        List<String> days = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            days.add(fields.get(i));
        }
        PractitionerHoursForm form = new PractitionerHoursForm(fields.get(0), days, fields.get(13), fields.get(8),
                fields.get(9), fields.get(10), fields.get(11), fields.get(12));
        Map<String, String> problems = form.problems();
        if (problems.isEmpty()) {
            form.zoneId();
            form.rules();
            form.weekly();
            form.overridesByDay();
        }
    }
}
