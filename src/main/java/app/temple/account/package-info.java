/**
 * Accounts: members, practitioners, editors and admins; their credentials (passwords, passkeys, second
 * factors), sign-in, sessions and the consents a member has given. Publishes {@code MemberRegistered},
 * {@code MemberErasureRequested} and {@code ConsentWithdrawn} so that other modules never need to read account
 * tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package app.temple.account;
