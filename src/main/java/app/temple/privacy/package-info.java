/**
 * Privacy: the vault that encrypts sensitive fields (quiz answers, reflections, session notes) with a data key
 * per record, the access audit log a member can read, and the orchestration of export and erasure across every
 * module that keeps data keyed by a member's id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package app.temple.privacy;
