package app.temple.vault.internal;

import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A maintenance command given on the command line instead of serving:
 * <ul>
 *   <li>{@code --temple.vault.rotate=<file>} writes a new master keyset with a fresh primary key to a new file;</li>
 *   <li>{@code --temple.vault.reencrypt} seals every stored value again under the primary key.</li>
 * </ul>
 */
sealed interface VaultCommand {

    String ROTATE = "temple.vault.rotate";
    String REENCRYPT = "temple.vault.reencrypt";

    /** The command the environment asks for, if any; an option given without a value counts as given. */
    static Optional<VaultCommand> of(Environment environment) {
        String rotate = environment.getProperty(ROTATE);
        boolean reencrypt = isGiven(environment.getProperty(REENCRYPT));
        if (isGiven(rotate) && reencrypt) {
            throw new IllegalArgumentException("Give --" + ROTATE + " or --" + REENCRYPT + ", not both: "
                    + "rotate first, point Temple at the new keyset, then re-encrypt");
        }
        if (isGiven(rotate)) {
            if (rotate.isBlank()) {
                throw new IllegalArgumentException("--" + ROTATE + " needs the file to write the new keyset to");
            }
            return Optional.of(new Rotate(Path.of(rotate)));
        }
        return reencrypt ? Optional.of(new Reencrypt()) : Optional.empty();
    }

    private static boolean isGiven(String value) {
        return value != null && !"false".equalsIgnoreCase(value.trim());
    }

    record Rotate(Path target) implements VaultCommand {
    }

    record Reencrypt() implements VaultCommand {
    }
}
