package app.temple.vault.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Keyset files are secrets: readable by their owner only, and written whole or not at all. */
final class KeysetFiles {

    private KeysetFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the master keyset file " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Writes {@code json} to a new file at {@code file}, readable by its owner only where the file system allows.
     *
     * @throws UncheckedIOException when the file exists already: a keyset is never overwritten
     */
    static void writeNew(Path file, String json) {
        Path target = file.toAbsolutePath();
        try {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "a keyset is never overwritten");
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".keyset-", ".tmp");
            try {
                ownerOnly(temporary);
                Files.writeString(temporary, json, StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the keyset file " + target, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
