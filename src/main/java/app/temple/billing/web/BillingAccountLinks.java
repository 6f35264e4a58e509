package app.temple.billing.web;

import app.temple.account.AccountHomeSection;
import app.temple.billing.internal.Purchases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Her purchases on her account home, once she has made one; no card at all before that. */
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
        return 60;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        if (purchases.of(member).stream().noneMatch(purchase -> purchase.paidAt() != null)) {
            return Optional.empty();
        }
        Link all = new Link(PurchasesController.PATH, text("billing.purchases.title", locale));
        return Optional.of(new Card(text("billing.purchases.heading", locale), List.of(),
                new Empty(text("billing.purchases.lead", locale), all), List.of()));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
