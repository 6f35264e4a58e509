package app.temple.billing.web;

import app.temple.account.AccountLinks;
import app.temple.billing.internal.Purchases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Her purchases on her account page, once she has made one. */
@Component
class BillingAccountLinks implements AccountLinks {

    private final Purchases purchases;
    private final MessageSource messages;

    BillingAccountLinks(Purchases purchases, MessageSource messages) {
        this.purchases = purchases;
        this.messages = messages;
    }

    @Override
    public String heading(Locale locale) {
        return messages.getMessage("billing.purchases.heading", null, locale);
    }

    @Override
    public List<Link> linksFor(UUID member, Locale locale) {
        if (purchases.of(member).stream().noneMatch(purchase -> purchase.paidAt() != null)) {
            return List.of();
        }
        return List.of(new Link(PurchasesController.PATH, messages.getMessage("billing.purchases.title", null, locale), null));
    }
}
