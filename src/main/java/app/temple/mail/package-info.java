/**
 * Mail: discreet templates, the outgoing-letter queue, and delivery over SMTP or into the development outbox.
 * Other modules ask for a letter to be sent; it is queued in their transaction and sent afterwards, with retries,
 * so that no request waits for a mail server. Only this module knows how a letter is addressed, worded and delivered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package app.temple.mail;
