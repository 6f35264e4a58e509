package app.temple.booking.web;

import app.temple.account.AccountLinks;
import app.temple.booking.internal.Desk;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A practitioner's way to her desk from her account page; nothing for anyone whose account is no practitioner's. */
@Component
class PractitionerDeskAccountLinks implements AccountLinks {

    private final Desk desk;
    private final MessageSource messages;

    PractitionerDeskAccountLinks(Desk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @Override
    public String heading(Locale locale) {
        return messages.getMessage("desk.account.heading", null, locale);
    }

    @Override
    public List<Link> linksFor(UUID member, Locale locale) {
        return desk.practitionerOf(member)
                .map(me -> List.of(new Link(PractitionerDeskRoutes.DESK, messages.getMessage("desk.title", null, locale), null)))
                .orElse(List.of());
    }
}
