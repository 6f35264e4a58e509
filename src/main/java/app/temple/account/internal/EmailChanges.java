package app.temple.account.internal;

import app.temple.site.PublicAddress;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Changing her email address: the new address must be confirmed from itself, and the old one is told, so a
 * taken-over session cannot quietly move the account to someone else's mailbox.
 */
@Service
public class EmailChanges {

    private final Members members;
    private final Tokens tokens;
    private final Mail mail;
    private final PublicAddress publicAddress;
    private final SecurityLog securityLog;

    EmailChanges(Members members, Tokens tokens, Mail mail, PublicAddress publicAddress, SecurityLog securityLog) {
        this.members = members;
        this.tokens = tokens;
        this.mail = mail;
        this.publicAddress = publicAddress;
        this.securityLog = securityLog;
    }

    /**
     * Sends the confirmation link to the new address. A taken address gets no letter, and the page says the
     * same either way ("if the address is free…"), so the form cannot be used to probe for accounts.
     */
    @Transactional
    public void propose(UUID member, String newEmail) {
        if (members.emailTaken(newEmail)) {
            return;
        }
        members.byId(member).ifPresent(found -> {
            String token = tokens.issue(member, Tokens.Purpose.EMAIL_CHANGE);
            members.proposeEmail(member, newEmail, Tokens.hash(token)); // the token confirms this address only
            mail.send(new Letter(newEmail.trim(), found.locale(), LetterKind.VERIFY_EMAIL,
                    // no name: until she confirms it, the new address may be someone else's (a typing mistake)
                    Map.of("link", publicAddress.of("/verify-email/change?token=" + token))).about(member));
        });
    }

    /**
     * Applies the change from the link; false when the link is used, expired, was sent to another address
     * than the one now pending (she asked again since), or the address was taken meanwhile.
     */
    @Transactional
    public boolean confirm(String token) {
        return tokens.redeem(token, Tokens.Purpose.EMAIL_CHANGE).map(member -> {
            String old = members.byId(member).map(Member::email).orElse(null);
            if (!members.confirmPendingEmail(member, Tokens.hash(token))) {
                return false;
            }
            securityLog.record(member, SecurityLog.Kind.EMAIL_CHANGED);
            members.byId(member).ifPresent(found -> {
                if (old != null) {
                    mail.send(new Letter(old, found.locale(), LetterKind.SECURITY_CHANGE,
                            Map.of("name", found.displayName(), "change", "email")).about(member));
                }
            });
            return true;
        }).orElse(false);
    }
}
