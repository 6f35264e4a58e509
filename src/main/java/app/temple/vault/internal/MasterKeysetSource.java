package app.temple.vault.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the master keyset comes from: the keyset itself ({@code TEMPLE_MASTER_KEYSET}), a file holding it
 * ({@code TEMPLE_MASTER_KEYSET_FILE}), or, when neither is set, a development keyset generated once into a file
 * and reused on later starts.
 *
 * @param json           the Tink JSON keyset; blank when not set
 * @param file           a path to a Tink JSON keyset; blank when not set
 * @param developmentFile where the development keyset lives when neither is set; never null
 */
record MasterKeysetSource(String json, String file, Path developmentFile) {

    private static final Logger log = LoggerFactory.getLogger(MasterKeysetSource.class);

    boolean isDevelopment() {
        return !StringUtils.hasText(json) && !StringUtils.hasText(file);
    }

    /** @throws IllegalStateException when both are set, or what is set is not a usable keyset */
    MasterKeyset load() {
        if (StringUtils.hasText(json) && StringUtils.hasText(file)) {
            throw new IllegalStateException("Set TEMPLE_MASTER_KEYSET or TEMPLE_MASTER_KEYSET_FILE, not both");
        }
        if (StringUtils.hasText(json)) {
            return MasterKeyset.parse(json, "TEMPLE_MASTER_KEYSET");
        }
        if (StringUtils.hasText(file)) {
            return MasterKeyset.parse(KeysetFiles.read(Path.of(file)), "TEMPLE_MASTER_KEYSET_FILE " + file);
        }
        return development();
    }

    private MasterKeyset development() {
        Path path = developmentFile.toAbsolutePath();
        MasterKeyset keyset;
        if (Files.exists(path)) {
            keyset = MasterKeyset.parse(KeysetFiles.read(path), path.toString());
        } else {
            keyset = MasterKeyset.generate();
            KeysetFiles.writeNew(path, keyset.toJson());
        }
        log.warn("""

                ************************************************************************************************
                  DEVELOPMENT MASTER KEYSET: {}
                  This keyset is for development only. It lies next to the data it protects, so anyone who can
                  read that directory can read every encrypted field. Never use it for real people's data.
                  For real data set TEMPLE_MASTER_KEYSET to a Tink JSON keyset, or TEMPLE_MASTER_KEYSET_FILE to a
                  file holding one (create one with: java -jar temple.jar --temple.vault.rotate=/path/keyset.json).
                  See "Master keyset and key rotation" in the README.
                ************************************************************************************************""",
                path);
        return keyset;
    }

    /** Never the keyset itself: it is the secret that opens every sealed value. */
    @Override
    public String toString() {
        return "MasterKeysetSource[json=" + (StringUtils.hasText(json) ? "(set)" : "(not set)") + ", file=" + file
                + ", developmentFile=" + developmentFile + "]";
    }
}
