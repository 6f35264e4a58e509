package app.temple.account.internal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;

/**
 * The signed-in member as Spring Security holds her. Its user name is her id, never her email, so that
 * sessions and tokens are keyed by the id that export and erasure look for.
 */
public class MemberPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Marks an account whose sign-in is complete only with a second factor. */
    static final String SECOND_FACTOR_ENROLLED = app.temple.account.SignInState.SECOND_FACTOR_ENROLLED;
    /** Marks a staff account that must enrol a second factor before doing anything else. */
    static final String SECOND_FACTOR_REQUIRED = app.temple.account.SignInState.SECOND_FACTOR_REQUIRED;
    static final String TOTP_FACTOR = app.temple.account.SignInState.TOTP_FACTOR;

    private final String displayName;

    MemberPrincipal(UUID id, String passwordHash, String displayName, boolean enabled,
                    Collection<? extends GrantedAuthority> authorities) {
        super(id.toString(), passwordHash == null ? "" : passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
    }

    public UUID id() {
        return UUID.fromString(getUsername());
    }

    public String displayName() {
        return displayName;
    }
}
