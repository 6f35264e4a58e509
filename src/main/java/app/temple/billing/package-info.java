/**
 * Billing: what a member may open and why, and paying for it. Access grants (one course, or every course) are given
 * by an admin by hand, or by a purchase through the payment provider's hosted checkout; products and prices are the
 * admins'. A purchase grants only on the provider's signed webhook, once, in whatever order its events arrive; a
 * refund revokes. A series of sessions, bought the same way, grants session credits that the sessions module uses
 * through {@code SessionSeries}. With no provider configured, prices show as "arranged with us". It publishes {@code GrantIssued},
 * {@code GrantRevoked} and {@code OffersChanged}, and answers the course pages through {@code AccessGrants} and
 * {@code Offers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package app.temple.billing;
