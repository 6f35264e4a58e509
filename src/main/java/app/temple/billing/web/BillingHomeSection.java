package app.temple.billing.web;

import app.temple.account.AccountHomeSection;
import app.temple.billing.internal.Purchases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Her purchases on her account home, once she has made one; nothing at all before, since most members never pay. */
@Component
class BillingHomeSection implements AccountHomeSection {

    private final Purchases purchases;
    private final MessageSource messages;

    BillingHomeSection(Purchases purchases, MessageSource messages) {
        this.purchases = purchases;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        if (purchases.of(member).stream().noneMatch(purchase -> purchase.paidAt() != null)) {
            return Optional.empty();
        }
        Link all = new Link(PurchasesController.PATH, messages.getMessage("billing.purchases.title", null, locale));
        return Optional.of(new Card(messages.getMessage("billing.purchases.heading", null, locale), List.of(),
                new Empty(messages.getMessage("billing.purchases.none", null, locale), all), List.of(all)));
    }
}
