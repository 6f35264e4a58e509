package app.temple.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the account module. */
public interface Accounts {

    /** The member's account as she sees it; empty when there is no such account. */
    Optional<Profile> profile(UUID member);

    /** The id of the member with this email address (compared as sign-in compares it); empty when none has it. */
    Optional<UUID> memberIdByEmail(String email);

    /** Everything the account module keeps about her, for her export. */
    Map<String, Object> export(UUID member);

    /**
     * Erases her account at once: publishes {@link MemberErasureRequested} (every module deletes her rows in
     * this transaction), deletes the account and its sessions, and sends a discreet confirmation letter.
     */
    void erase(UUID member);

    List<Consent> consents(UUID member);

    void giveConsent(UUID member, String purpose);

    /**
     * Turns a consent off and publishes {@link ConsentWithdrawn} in the same transaction, so that whatever was kept
     * under it is deleted with it.
     */
    void withdrawConsent(UUID member, String purpose);

    /** Whether she has the consent and has not withdrawn it. */
    boolean hasConsent(UUID member, String purpose);

    record Profile(UUID id, String email, String displayName, String language, List<Role> roles,
                   boolean secondFactor, Instant createdAt) {
        @Override
        public String toString() {
            return "Profile[id=" + id + ", roles=" + roles + ", (address and name redacted)]";
        }
    }

    /** A consent and its history; {@code withdrawnAt} is null while it holds. */
    record Consent(String purpose, Instant givenAt, Instant withdrawnAt) {
        public boolean active() {
            return withdrawnAt == null;
        }
    }
}
