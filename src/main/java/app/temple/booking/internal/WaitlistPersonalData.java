package app.temple.booking.internal;

import app.temple.account.MemberErasureRequested;
import app.temple.privacy.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Her places in waitlists and the times offered to her, in her export and gone with her account. */
@Component
class WaitlistPersonalData implements PersonalData {

    private final Waitlists waitlists;
    private final Practitioners practitioners;

    WaitlistPersonalData(Waitlists waitlists, Practitioners practitioners) {
        this.waitlists = waitlists;
        this.practitioners = practitioners;
    }

    @Override
    public String section() {
        return "sessionWaitlists";
    }

    @Override
    public Object exportFor(UUID member) {
        List<WaitlistOffer> offers = waitlists.offersOf(member);
        return waitlists.ofMember(member).stream().map(entry -> {
            Map<String, Object> waiting = new LinkedHashMap<>();
            waiting.put("id", entry.id());
            waiting.put("practitioner", practitioners.byId(entry.practitioner()).map(Practitioner::name).orElse(null));
            waiting.put("sessionType", practitioners.sessionType(entry.sessionType()).map(t -> t.name().en()).orElse(null));
            waiting.put("timeZone", entry.memberZone().getId());
            waiting.put("language", entry.language().getLanguage());
            waiting.put("joinedAt", entry.joinedAt());
            waiting.put("offers", offers.stream().filter(o -> o.entry().equals(entry.id())).map(o -> Map.of(
                    "startsAt", o.slot().start(), "endsAt", o.slot().end(), "expiresAt", o.expiresAt(),
                    "state", o.state().column())).toList());
            return waiting;
        }).toList();
    }

    @EventListener
    @Transactional
    void on(MemberErasureRequested erasure) {
        waitlists.deleteOf(erasure.memberId());
    }
}
