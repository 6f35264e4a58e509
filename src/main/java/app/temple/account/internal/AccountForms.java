package app.temple.account.internal;

import app.temple.account.internal.RateLimits.Limit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the sign-up, sign-in and reset pages ask of the account module, with the checks a form needs:
 * clear messages for bad input, and the same answer whether or not an address has an account.
 */
@Service
public class AccountForms {

    static final int DISPLAY_NAME_MAXIMUM = 60;

    private final Registration registration;
    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final Members members;
    private final Authenticator authenticator;
    private final RateLimits limits;
    private final MessageSource messages;
    private final SignedIn signIn;
    private final BroughtAlongs broughtAlong;
    private final SignedUpHere signedUpHere;

    AccountForms(Registration registration, PasswordResets resets, PasswordPolicy policy, Members members,
                 Authenticator authenticator, RateLimits limits, MessageSource messages, SignedIn signIn,
                 BroughtAlongs broughtAlong, SignedUpHere signedUpHere) {
        this.registration = registration;
        this.resets = resets;
        this.policy = policy;
        this.members = members;
        this.authenticator = authenticator;
        this.limits = limits;
        this.messages = messages;
        this.signIn = signIn;
        this.broughtAlong = broughtAlong;
        this.signedUpHere = signedUpHere;
    }

    /**
     * The sign-up form; the password is never echoed back. With {@code method} "passkey" there is no
     * password: the emailed link signs her in once, to create her passkey.
     */
    public record SignUp(String email, String displayName, String password, String method) {
        boolean withPasskey() {
            return "passkey".equals(method);
        }

        /** A bound form can end up in a log line (a binding error, a debug log): nothing she typed does. */
        @Override
        public String toString() {
            return "SignUp[method=" + method + ", (address, name, password redacted)]";
        }
    }

    /** Signs up, or returns the message for each field that needs fixing (empty when done). */
    public Map<String, String> signUp(SignUp form, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = form.email() == null ? "" : form.email().trim();
        String name = form.displayName() == null ? "" : form.displayName().trim();
        if (!looksLikeEmail(email)) {
            errors.put("email", message("field.email.invalid", locale));
        }
        if (name.isEmpty() || name.length() > DISPLAY_NAME_MAXIMUM) {
            errors.put("displayName", message("field.displayName.invalid", locale, DISPLAY_NAME_MAXIMUM));
        }
        if (!form.withPasskey()) {
            policy.check(form.password(), locale, email, name)
                    .ifPresent(refusal -> errors.put("password", message(refusal.messageKey(), locale, refusal.number())));
        }
        if (errors.isEmpty() && !limits.consume(Limit.SIGN_UP_ADDRESS, ClientAddress.of(request)).isZero()) {
            errors.put("form", message("error.too-many.text", locale));
        }
        if (errors.isEmpty()) {
            registration.signUp(email, name, form.withPasskey() ? null : form.password(), locale,
                    member -> broughtAlong.signedUp(member, request))
                    .ifPresent(member -> signedUpHere.remember(member, request, response));
        }
        return errors;
    }

    /** What else the sign-up or sign-in form carried (a quiz result to keep), to carry again when it is shown again. */
    public Map<String, String> carried(HttpServletRequest request) {
        return broughtAlong.carried(request);
    }

    /** What confirming an address led to. */
    public enum Confirmation { CONFIRMED, SIGNED_IN, SIGNED_IN_TO_ADD_PASSKEY, LINK_EXPIRED }

    /**
     * What confirming an address led to, and what was kept for her that she brought along when she signed up.
     *
     * @param next where a sign-in that is not yet complete goes next (a staff account's second factor), else null
     */
    public record Confirmed(Confirmation confirmation, Optional<app.temple.account.BroughtAlong.Kept> kept, String next) {
    }

    /**
     * Confirms the address, and keeps what she brought along when she signed up. An account without a password (a
     * passkey sign-up) is signed in by the link itself, once, so she can create her passkey: the link proves she holds
     * the address. An account with a password is signed in too, but only in the browser it was signed up in
     * ({@link SignedUpHere}): there the link completes what the sign-up began.
     */
    public Confirmed verifyEmail(String token, HttpServletRequest request, HttpServletResponse response) {
        return registration.verify(token).map(member -> {
            Optional<app.temple.account.BroughtAlong.Kept> kept = broughtAlong.confirmed(member.id());
            if (member.passwordHash() == null) {
                signIn.start(MemberDetails.principal(member), request, response);
                return new Confirmed(Confirmation.SIGNED_IN_TO_ADD_PASSKEY, kept, null);
            }
            if (!signedUpHere.isHere(member.id(), request, response)) {
                return new Confirmed(Confirmation.CONFIRMED, kept, null);
            }
            signIn.startAfterConfirmation(MemberDetails.principal(member), request, response);
            Authentication now = SecurityContextHolder.getContext().getAuthentication();
            String next = app.temple.account.SignInState.of(now) == app.temple.account.SignInState.COMPLETE
                    ? null : SecondFactor.nextStep(now);
            return new Confirmed(Confirmation.SIGNED_IN, kept, next);
        }).orElse(new Confirmed(Confirmation.LINK_EXPIRED, Optional.empty(), null));
    }

    public void requestReset(String email, HttpServletRequest request) {
        boolean allowed = limits.consume(Limit.EMAIL_LINK_ADDRESS, ClientAddress.of(request)).isZero()
                && limits.consume(Limit.EMAIL_LINK_ACCOUNT, Member.emailKey(email)).isZero();
        if (allowed) {
            resets.request(email);
        }
    }

    public boolean resetLinkIsValid(String token) {
        return resets.isValid(token);
    }

    /** The result of a form that can fail for a reason to show, or because its link has expired. */
    public record Outcome(boolean ok, boolean linkExpired, String error) {
    }

    public Outcome resetPassword(String token, String password, Locale locale) {
        if (!resets.isValid(token)) {
            return new Outcome(false, true, null);
        }
        Optional<PasswordPolicy.Refusal> refusal = policy.check(password, locale);
        if (refusal.isPresent()) {
            return new Outcome(false, false, message(refusal.get().messageKey(), locale, refusal.get().number()));
        }
        return resets.reset(token, password) ? new Outcome(true, false, null) : new Outcome(false, true, null);
    }

    /**
     * Checks the code from her authenticator app (or a recovery code) for the member who just gave her
     * first factor, and adds the factor to that same sign-in: the second factor can never complete
     * someone else's session. Attempts are counted before this is reached ({@link RequestLimits}).
     */
    public boolean completeSecondFactor(String code, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!SecondFactor.isMember(current)) {
            return false;
        }
        Optional<Member> member = members.byId(java.util.UUID.fromString(current.getName()));
        if (member.isEmpty() || !authenticator.check(member.get(), code)) {
            return false;
        }
        signIn.refresh(MemberDetails.principal(member.get()), request, response, MemberPrincipal.TOTP_FACTOR);
        broughtAlong.signedIn(member.get().id(), request);
        return true;
    }

    public String afterSecondFactor(jakarta.servlet.http.HttpServletRequest request) {
        return SignInReturns.afterFactor(SecurityContextHolder.getContext().getAuthentication(), request);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Whether the text is one plain email address: the one check every form that takes an address uses. */
    public static boolean looksLikeEmail(String email) {
        int at = email.indexOf('@');
        return email.length() <= 254 && at > 0 && at == email.lastIndexOf('@') && email.indexOf('.', at) > at + 1
                && !email.endsWith(".")
                // a null byte would reach PostgreSQL, which refuses it (a 500); no control character is in an address
                && email.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
