package bench.temple;

import app.temple.booking.internal.Availability;
import app.temple.booking.internal.LocalHours;
import app.temple.booking.internal.Slot;
import app.temple.booking.internal.SlotCalendar;
import app.temple.booking.internal.SlotFinder;
import app.temple.booking.internal.TimeSpan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The slot page's computation: a practitioner's free start times over her booking horizon, from her weekly hours in
 * her own zone, with her other bookings held, then laid out by the member's days. Her hours, buffers, step and
 * day-offs are those of the demo practitioner maja-lind (content/practitioners/maja-lind.yaml); the horizon is a
 * week or her real 60 days, across the end of daylight saving time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlotsBenchmark {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final ZoneId MEMBER = ZoneId.of("Europe/London");

    @Param({"7", "60"})
    public int horizonDays;

    /** bookings she already has on each working day of the horizon */
    @Param({"0", "3"})
    public int bookingsPerDay;

    private Availability availability;
    private final Duration length = Duration.ofMinutes(50);
    private List<TimeSpan> held;
    private Instant now;

    @Setup
    public void practitioner() {
        List<LocalHours> fullDay = List.of(LocalHours.parse("09:00-12:00"), LocalHours.parse("13:00-16:30"));
        availability = new Availability(STOCKHOLM,
                Map.of(DayOfWeek.MONDAY, fullDay, DayOfWeek.TUESDAY, fullDay,
                        DayOfWeek.WEDNESDAY, List.of(LocalHours.parse("13:00-19:00")),
                        DayOfWeek.THURSDAY, List.of(LocalHours.parse("09:00-12:00"))),
                Map.of(LocalDate.of(2026, 12, 24), List.of(), LocalDate.of(2026, 12, 31), List.of(),
                        LocalDate.of(2027, 1, 10), List.of(LocalHours.parse("10:00-12:00"))),
                Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofDays(horizonDays),
                Duration.ofMinutes(30));
        now = LocalDate.of(2026, 10, 19).atTime(8, 0).atZone(STOCKHOLM).toInstant();
        // her bookings: the first bookingsPerDay free slots of each day, taken one after another so none overlap
        held = new ArrayList<>();
        for (int round = 0; round < bookingsPerDay; round++) {
            for (List<Slot> day : SlotCalendar.byDay(SlotFinder.free(availability, length, held, now), STOCKHOLM).values()) {
                held.add(day.getFirst().held(availability.bufferBefore(), availability.bufferAfter()));
            }
        }
    }

    @Benchmark
    public List<Slot> free() {
        return SlotFinder.free(availability, length, held, now);
    }

    @Benchmark
    public Map<LocalDate, List<Slot>> freeByMemberDay() {
        return SlotCalendar.byDay(SlotFinder.free(availability, length, held, now), MEMBER);
    }
}
