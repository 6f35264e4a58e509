package app.temple.billing;

/** A product or its prices changed, published in the transaction that changed them. */
public record OffersChanged() {
}
