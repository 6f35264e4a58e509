package app.temple.privacy.web;

/** A consent as the privacy centre shows it. */
public record ConsentView(String purpose, boolean given) {
}
