package app.temple.vault;

import java.util.Objects;
import java.util.UUID;

/**
 * Someone who opens a sealed value that is not theirs, as the owner's access log will name them.
 *
 * @param id   the reader's member id, or for someone without an account a stable id of the relation through which
 *             she reads (a partner: the id of the comparison); must not be null
 * @param role a short word such as {@code partner}, {@code practitioner} or {@code admin}; must not be blank
 */
public record Reader(UUID id, String role) {

    public Reader {
        Objects.requireNonNull(id, "id");
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("a reader has a role");
        }
    }
}
