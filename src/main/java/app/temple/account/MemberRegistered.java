package app.temple.account;

import java.util.Locale;
import java.util.UUID;

/** A new account exists. Carries no email or name: listeners that need more ask the account module. */
public record MemberRegistered(UUID memberId, Locale locale) {
}
