package app.temple.account.internal;

import app.temple.account.Reauthentication;
import app.temple.account.SignInState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds a factor to the current sign-in. The principal must be the one already signed in (a second factor
 * never completes someone else's session), the factors she gave stay, and the session gets a new id.
 */
@Component
class SignedIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final java.time.Clock clock;

    SignedIn(java.time.Clock clock) {
        this.clock = clock;
    }

    /** Signs her in by a single-use emailed link (the one-time-token factor), in a new session. */
    void start(MemberPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        confirmedIfComplete(begin(principal, request, response), request);
    }

    /**
     * Signs her in by the link that confirmed her new account's address, in the browser that signed it up. Unlike a
     * sign-in link it is no fresh proof for the re-authentication page: adding a credential, exporting or erasing still
     * asks for her password, as after any password sign-in.
     */
    void startAfterConfirmation(MemberPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        begin(principal, request, response);
    }

    private Authentication begin(MemberPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        return completed(context);
    }

    /**
     * A sign-in completed this moment by a passkey or an emailed link is as fresh a proof as the re-authentication
     * page asks for: a member who has only those (no password, no app) has nothing else to confirm with. A password
     * sign-in is not: the confirmation then asks for the password again, as a stolen session could not.
     */
    void confirmedIfComplete(Authentication authentication, HttpServletRequest request) {
        if (SignInState.of(authentication) == SignInState.COMPLETE) {
            Reauthentication.markConfirmed(request, clock.millis());
        }
    }

    private static Authentication completed(SecurityContext context) {
        return context.getAuthentication();
    }

    /**
     * @param fresh  her principal as now stored (e.g. with a second factor just enrolled)
     * @param factor the factor authority she has just proven
     */
    void refresh(MemberPrincipal fresh, HttpServletRequest request, HttpServletResponse response, String factor) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!SecondFactor.isMember(current) || !Objects.equals(current.getName(), fresh.getUsername())) {
            throw new IllegalStateException("a factor can only be added to the member's own sign-in");
        }
        List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
        current.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        Authentication completed = current.toBuilder()
                .principal(fresh)
                .authorities(granted -> {
                    granted.clear();
                    granted.addAll(authorities);
                })
                .build();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(completed);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
