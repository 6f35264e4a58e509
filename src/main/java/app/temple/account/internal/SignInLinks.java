package app.temple.account.internal;

import app.temple.site.PublicAddress;
import app.temple.account.internal.RateLimits.Limit;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in by a link sent by email (Spring Security's one-time-token login), on Temple's own single-use
 * tokens. Whether the address has an account or not, the page says the same: "if there is an account,
 * a link is on its way", so the form reveals nothing.
 */
@Component
class SignInLinks implements OneTimeTokenService, OneTimeTokenGenerationSuccessHandler {

    /** The page the emailed link opens; posting its form signs her in. */
    static final String USE = "/sign-in/link/use";
    /** The "username" of a token made for no account: not a member id, so nothing is ever sent for it. */
    private static final String NOBODY = "nobody";

    private final Members members;
    private final Tokens tokens;
    private final Mail mail;
    private final RateLimits limits;
    private final SecurityLog securityLog;
    private final PublicAddress publicAddress;
    private final Clock clock;

    SignInLinks(Members members, Tokens tokens, Mail mail, RateLimits limits, SecurityLog securityLog,
                PublicAddress publicAddress, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.mail = mail;
        this.limits = limits;
        this.securityLog = securityLog;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    /**
     * A token for a confirmed member; for anyone else (an unknown address, an unconfirmed one, something that is
     * not an address at all) a random value that is stored nowhere and sent to no one. Spring Security refuses an
     * empty token, and answering differently would tell who has an account.
     */
    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        String email = request.getUsername().trim();
        // not an address (a null byte, say) cannot be anyone's: no query for it
        Optional<Member> member = AccountForms.looksLikeEmail(email)
                ? members.byEmail(email).filter(Member::verified)
                : Optional.empty();
        Instant expires = clock.instant().plus(Tokens.Purpose.SIGN_IN.lifetime);
        return member.<OneTimeToken>map(found -> new DefaultOneTimeToken(
                        tokens.issue(found.id(), Tokens.Purpose.SIGN_IN), found.id().toString(), expires))
                .orElseGet(() -> new DefaultOneTimeToken(UUID.randomUUID().toString(), NOBODY, expires));
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        return tokens.redeem(authenticationToken.getTokenValue(), Tokens.Purpose.SIGN_IN)
                .map(member -> new DefaultOneTimeToken(authenticationToken.getTokenValue(), member.toString(), clock.instant()))
                .orElse(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        boolean allowed = limits.consume(Limit.EMAIL_LINK_ADDRESS, ClientAddress.of(request)).isZero()
                && limits.consume(Limit.EMAIL_LINK_ACCOUNT, Member.emailKey(request.getParameter("username"))).isZero();
        if (allowed && !NOBODY.equals(token.getUsername())) {
            members.byId(UUID.fromString(token.getUsername())).ifPresent(member -> {
                // the page that uses the token (it asks her to press a button first, against link scanners)
                mail.send(new Letter(member.email(), member.locale(), LetterKind.SIGN_IN_LINK,
                        Map.of("link", publicAddress.of(USE + "?token=" + token.getTokenValue()),
                                "name", member.displayName())).about(member.id()));
                securityLog.record(member.id(), SecurityLog.Kind.SIGN_IN_LINK_SENT);
            });
        }
        response.sendRedirect("/sign-in/link/sent");
    }
}
