package app.temple.booking.web;

import java.util.List;

/**
 * What she shares with the practitioner for one session, on her session page.
 *
 * @param changeable the session has not started: she may tick and untick until it does
 * @param choices    her items, those she shares ticked
 * @param error      the message key of why her last change came back, or null
 */
public record SharingView(boolean changeable, List<ShareChoice> choices, String error) {

    public List<ShareChoice> shared() {
        return choices.stream().filter(ShareChoice::checked).toList();
    }
}
