/**
 * Mail: discreet templates, the outbox and delivery over SMTP. Other modules ask for a message to be sent;
 * only this module knows how it is addressed, worded and delivered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package app.temple.mail;
