/**
 * Billing: what a member may open and why. Today that is access grants (one course, or every course) that an admin
 * gives and takes back by hand; later a purchase through the payment provider makes the same grant. It publishes
 * {@code GrantIssued} and {@code GrantRevoked}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package app.temple.billing;
