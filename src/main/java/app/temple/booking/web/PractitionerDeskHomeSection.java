package app.temple.booking.web;

import app.temple.account.AccountHomeSection;
import app.temple.booking.internal.Desk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A practitioner's way to her desk from her account home; nothing for anyone whose account is no practitioner's. */
@Component
class PractitionerDeskHomeSection implements AccountHomeSection {

    private final Desk desk;
    private final MessageSource messages;

    PractitionerDeskHomeSection(Desk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        return desk.practitionerOf(member).map(me -> new Card(messages.getMessage("desk.account.heading", null, locale),
                List.of(new Item(PractitionerDeskRoutes.DESK, messages.getMessage("desk.title", null, locale), null)),
                null, List.of()));
    }
}
