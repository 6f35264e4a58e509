package app.temple.account;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule for staff pages in any module (editor, practitioner, admin): the role, and a sign-in completed
 * with the second factor that every staff account must have. Use it in an {@link AccessRules} bean:
 * {@code rules.requestMatchers("/editor/**").access(StaffOnly.role(Role.EDITOR))}.
 */
public final class StaffOnly {

    private StaffOnly() {
    }

    public static AuthorizationManager<RequestAuthorizationContext> role(Role role) {
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasAuthority(role.authority()),
                (authentication, context) -> new AuthorizationDecision(secondFactorGiven(authentication.get())));
    }

    private static boolean secondFactorGiven(Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return authorities.contains("FACTOR_TOTP") || authorities.contains(FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
    }
}
