package app.temple.booking.web;

/** A time offered to her from the waitlist, in her zone and the practitioner's, with the token for the confirm form. */
public record OfferView(String practitioner, String type, String when, String whenTheirs, String token) {
}
