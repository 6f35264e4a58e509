package app.temple.billing.web;

import app.temple.billing.Money;
import app.temple.billing.internal.Product;

import java.time.Instant;

/** One of her purchases as her list and her receipt show it. */
public record PurchaseRow(String reference, Product product, Money amount, String state, Instant paidAt,
                          Instant refundedAt) {
}
