package app.temple.privacy;

import java.util.UUID;

/**
 * A module's part of a member's export. Every module that keeps data keyed by her id registers one, so
 * that "download everything" really is everything; its erasure happens on {@code MemberErasureRequested}.
 */
public interface PersonalData {

    /** The export's key for this module's part, e.g. {@code quizResults}; never null. */
    String section();

    /** Everything this module keeps about the member, as plain values (opened, not sealed), for JSON. */
    Object exportFor(UUID member);
}
