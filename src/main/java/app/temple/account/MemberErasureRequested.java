package app.temple.account;

import java.util.UUID;

/**
 * A member erases her account. Every module that keeps rows keyed by her id deletes them when it hears
 * this, synchronously and in the same transaction, so that erasure is complete the moment it returns.
 */
public record MemberErasureRequested(UUID memberId) {
}
