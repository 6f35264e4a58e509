package app.temple.account.internal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;

/**
 * The signed-in member as Spring Security holds her: her id and her authorities, nothing else. Its user
 * name is her id, never her email, so that sessions and tokens are keyed by the id that export and erasure
 * look for. It holds her password hash only while a password is being checked (Spring's provider compares
 * against it); a principal kept in a session never carries it (see {@link SessionContents}). Her name and
 * address are looked up per request where a page needs them, so a session row holds nothing personal.
 */
public class MemberPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 2L;

    /** Marks an account whose sign-in is complete only with a second factor. */
    static final String SECOND_FACTOR_ENROLLED = app.temple.account.SignInState.SECOND_FACTOR_ENROLLED;
    /** Marks a staff account that must enrol a second factor before doing anything else. */
    static final String SECOND_FACTOR_REQUIRED = app.temple.account.SignInState.SECOND_FACTOR_REQUIRED;
    static final String TOTP_FACTOR = app.temple.account.SignInState.TOTP_FACTOR;

    private MemberPrincipal(UUID id, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities) {
        super(id.toString(), passwordHash == null ? "" : passwordHash, enabled, true, true, true, authorities);
    }

    /** For the password check only: the one principal that carries her hash, erased once she is signed in. */
    static MemberPrincipal withPasswordHash(UUID id, String passwordHash, boolean enabled,
                                            Collection<? extends GrantedAuthority> authorities) {
        return new MemberPrincipal(id, passwordHash, enabled, authorities);
    }

    /** Her id and authorities, without any credential: what a session keeps. */
    static MemberPrincipal of(UUID id, Collection<? extends GrantedAuthority> authorities) {
        MemberPrincipal principal = new MemberPrincipal(id, "", true, authorities);
        principal.eraseCredentials();
        return principal;
    }

    public UUID id() {
        return UUID.fromString(getUsername());
    }
}
