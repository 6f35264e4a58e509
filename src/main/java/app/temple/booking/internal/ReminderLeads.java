package app.temple.booking.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How long before a session her reminders go out ({@code temple.booking.reminders}, e.g. {@code 24h,1h}); an empty
 * setting sends none. Read once at start, so a wrong value stops the start instead of silently sending nothing.
 */
@Component
class ReminderLeads {

    private final List<Duration> leads;

    ReminderLeads(@Value("${temple.booking.reminders:24h,1h}") String setting) {
        this.leads = parse(setting);
    }

    List<Duration> all() {
        return leads;
    }

    static List<Duration> parse(String setting) {
        List<Duration> parsed = Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(DurationStyle.SIMPLE::parse).distinct().sorted().toList();
        if (parsed.stream().anyMatch(lead -> lead.toMinutes() < 1)) {
            throw new IllegalArgumentException("temple.booking.reminders: each reminder goes out at least a minute before");
        }
        return parsed;
    }
}
