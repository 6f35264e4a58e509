package app.temple.billing.web;

import app.temple.account.AccountHomeSection;
import app.temple.billing.internal.Purchases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Her purchases on her account page, once she has made one. */
@Component
class BillingAccountLinks implements AccountHomeSection {

    private final Purchases purchases;
    private final MessageSource messages;

    BillingAccountLinks(Purchases purchases, MessageSource messages) {
        this.purchases = purchases;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        if (purchases.of(member).stream().noneMatch(purchase -> purchase.paidAt() != null)) {
            return Optional.empty();
        }
        String title = messages.getMessage("billing.purchases.title", null, locale);
        return Optional.of(new Card(messages.getMessage("billing.purchases.heading", null, locale),
                List.of(new Item(PurchasesController.PATH, title, null)),
                new Empty(title, new Link(PurchasesController.PATH, title)), List.of()));
    }
}
