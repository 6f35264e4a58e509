package app.temple.billing.internal;

import app.temple.billing.Money;

import java.time.Instant;
import java.util.UUID;

/**
 * One purchase as stored.
 *
 * @param reference       opaque and unguessable: all the provider learns of what was bought, and the grant's
 *                        purchase reference
 * @param member          null once her account is erased (what bookkeeping must keep stays, without her)
 * @param checkoutSession the provider's checkout session id, once made
 */
public record Purchase(UUID id, String reference, UUID member, UUID product, Money amount, PurchaseState state,
                       String checkoutSession, String paymentIntent, String subscription, Instant createdAt,
                       Instant paidAt, Instant refundedAt) {
}
