package app.temple.booking.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free slots laid out as the member sees them: by her own day, in her own zone. */
public final class SlotCalendar {

    private SlotCalendar() {
    }

    /** Her days in order, each with its slots earliest first; days without a slot are left out. */
    public static Map<LocalDate, List<Slot>> byDay(List<Slot> slots, ZoneId zone) {
        Map<LocalDate, List<Slot>> days = new LinkedHashMap<>();
        slots.stream().sorted(java.util.Comparator.comparing(Slot::start))
                .forEach(slot -> days.computeIfAbsent(slot.start().atZone(zone).toLocalDate(), day -> new ArrayList<>()).add(slot));
        return days;
    }
}
