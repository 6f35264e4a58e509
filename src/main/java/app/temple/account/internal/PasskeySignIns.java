package app.temple.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Passkey sign-ins go through Spring Security's own WebAuthn filter rather than the form handlers, so they
 * reach the security log through the authentication event instead.
 */
@Component
class PasskeySignIns {

    private final SecurityLog securityLog;

    PasskeySignIns(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof WebAuthnAuthentication passkey) {
            securityLog.record(UUID.fromString(passkey.getName()), SecurityLog.Kind.SIGN_IN);
        }
    }
}
