package app.temple.account.internal;

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

    /** Signs her in by a single-use emailed link (the one-time-token factor), in a new session. */
    void start(MemberPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
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
