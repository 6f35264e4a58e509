/**
 * Privacy: the access audit log a member can read, and the orchestration of export and erasure across every
 * module that keeps data keyed by a member's id. The encryption itself lives in the vault module below.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package app.temple.privacy;
