package app.temple.privacy.internal;

import app.temple.account.Accounts;
import app.temple.account.MemberErasureRequested;
import app.temple.privacy.AccessLog;
import app.temple.privacy.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Export and erasure across every module: the account's part, the access log, and each module's
 * {@link PersonalData}. Erasure is the account module's event; this module deletes its own rows on it.
 */
@Service
public class PrivacyCentre {

    static final String FORMAT = "temple-export/1";

    private final Accounts accounts;
    private final AccessLog accessLog;
    private final List<PersonalData> parts;
    private final Clock clock;

    PrivacyCentre(Accounts accounts, AccessLog accessLog, List<PersonalData> parts, Clock clock) {
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.parts = parts;
        this.clock = clock;
    }

    /** Everything Temple keeps about her, machine-readable. */
    public Map<String, Object> export(UUID member) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("exportedAt", clock.instant());
        export.put("account", accounts.export(member));
        export.put("accessLog", accessLog.export(member).entries());
        for (PersonalData part : parts) {
            export.put(part.section(), part.exportFor(member));
        }
        return export;
    }

    /** Erases her account and everything keyed to her, in every module, at once. */
    public void erase(UUID member) {
        accounts.erase(member);
    }

    @EventListener
    void on(MemberErasureRequested erasure) {
        accessLog.eraseAll(erasure.memberId());
    }
}
