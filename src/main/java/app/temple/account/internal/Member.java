package app.temple.account.internal;

import app.temple.account.Role;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** An account as stored. Never leaves the account module. */
record Member(UUID id, String email, String displayName, String passwordHash, Locale locale,
              Instant emailVerifiedAt, String totpSecret, Instant totpEnabledAt, Instant createdAt, Set<Role> roles) {

    /** Her id only: a logged or printed Member shows neither her address, her name, nor any secret. */
    @Override
    public String toString() {
        return "Member[id=" + id + ", roles=" + roles + ", (address, name, password hash, authenticator secret redacted)]";
    }

    static String emailKey(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    boolean verified() {
        return emailVerifiedAt != null;
    }

    boolean hasTotp() {
        return totpEnabledAt != null;
    }

    boolean requiresSecondFactor() {
        return roles.stream().anyMatch(Role::requiresSecondFactor);
    }
}
