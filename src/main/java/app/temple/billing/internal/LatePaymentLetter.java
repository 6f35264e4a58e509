package app.temple.billing.internal;

import app.temple.account.Accounts;
import app.temple.mail.Letter;
import app.temple.mail.LetterKind;
import app.temple.mail.Mail;
import app.temple.site.PublicAddress;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

/**
 * Her letter when a payment came after her held time was gone and was given back at once: that the money is returned
 * and that she may choose another time. Discreet (privacy rule 7): a neutral subject, no practitioner, no kind of
 * help, and a link to her account rather than to an address that names what she booked. Queued in the transaction
 * that asks for the refund, so it goes out once, when the refund is first asked for, and never when it is not.
 */
@Component
class LatePaymentLetter {

    /** Her account home, from where she books again; the same neutral address her other letters link to. */
    static final String HER_ACCOUNT = "/account";

    private final Accounts accounts;
    private final Mail mail;
    private final PublicAddress address;

    LatePaymentLetter(Accounts accounts, Mail mail, PublicAddress address) {
        this.accounts = accounts;
        this.mail = mail;
        this.address = address;
    }

    /** Writes to her, in her language; nobody to write to once her account is gone. */
    void paymentReturned(Purchase purchase) {
        if (purchase.member() == null) {
            return;
        }
        accounts.profile(purchase.member()).ifPresent(her -> mail.send(new Letter(her.email(),
                Locale.of(her.language() == null ? "en" : her.language()), LetterKind.PAYMENT_RETURNED,
                Map.of("link", address.of(HER_ACCOUNT))).about(purchase.member())));
    }
}
