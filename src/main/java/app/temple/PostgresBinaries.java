package app.temple;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.lang3.SystemUtils;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Unpacks the embedded PostgreSQL's programs into the folder where zonky's {@code EmbeddedPostgres} looks for them
 * ({@code PG-<md5 of the archive>} under its working folder, complete once it holds {@code .exists}), one file at a
 * time. Zonky's own unpacking holds the whole archive and every unpacked file in the heap at once, about 100 MB: a
 * first start with the {@code -Xmx96m} that docs/deploy.md recommends stopped with {@code OutOfMemoryError}, and
 * the half-unpacked folder it left made every later start fail too.
 */
final class PostgresBinaries {

    /** Marks a complete folder; zonky's name, so that zonky takes the folder as it is. */
    static final String COMPLETE = ".exists";
    /** A file lock is held by the process: two threads of one process asking for it at once would fail, not wait. */
    private static final Object ONE_THREAD_AT_A_TIME = new Object();

    private final Path workingDirectory;

    PostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Zonky's own default: {@code ot.epg.working-dir}, else {@code embedded-pg} in the temporary folder. */
    static PostgresBinaries whereZonkyLooks() {
        String configured = System.getProperty("ot.epg.working-dir");
        Path folder = configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        return new PostgresBinaries(folder);
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    /**
     * Returns the folder of this platform's programs, unpacked first unless a complete one is there. Several
     * processes may start at once: one unpacks under a file lock while the others wait for it; a folder left
     * incomplete by a process that stopped halfway is replaced.
     */
    Path unpacked() throws IOException {
        String digest = archiveDigest();
        Path folder = workingDirectory.resolve("PG-" + digest);
        if (Files.exists(folder.resolve(COMPLETE))) {
            return folder;
        }
        synchronized (ONE_THREAD_AT_A_TIME) {
            return unpackedUnderLock(digest, folder);
        }
    }

    private Path unpackedUnderLock(String digest, Path folder) throws IOException {
        Files.createDirectories(workingDirectory);
        try (FileChannel lockFile = FileChannel.open(workingDirectory.resolve("PG-" + digest + ".unpacking"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (Files.exists(folder.resolve(COMPLETE))) {
                return folder; // another process unpacked it while this one waited
            }
            removeUnfinished(digest);
            Path fresh = Files.createTempDirectory(workingDirectory, "PG-" + digest + ".");
            try {
                unpackInto(fresh);
                readableByEveryone(fresh);
                Files.createFile(fresh.resolve(COMPLETE));
                if (Files.exists(folder)) {
                    PathUtils.deleteDirectory(folder);
                }
                Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (Files.exists(fresh)) {
                    PathUtils.deleteDirectory(fresh);
                }
            }
        }
        return folder;
    }

    /** What a process stopped while unpacking (killed, out of memory) left: about 60 MB each. */
    private void removeUnfinished(String digest) throws IOException {
        try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(workingDirectory, "PG-" + digest + ".*")) {
            for (Path folder : unfinished) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    PathUtils.deleteDirectory(folder);
                }
            }
        }
    }

    /**
     * A temporary folder is made for its owner alone; as zonky's own, the programs are for every user of the machine,
     * who find them in the same shared folder.
     */
    private static void readableByEveryone(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private String archiveDigest() throws IOException {
        MessageDigest md5 = md5();
        try (InputStream archive = new DigestInputStream(archive(), md5)) {
            archive.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private void unpackInto(Path root) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive())))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("The PostgreSQL archive names a file outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    if (entry.getName().replaceFirst("^\\./", "").startsWith("bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                } else {
                    throw new IOException("The PostgreSQL archive holds an entry of an unknown kind: " + entry.getName());
                }
            }
        }
    }

    private static InputStream archive() throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture());
        if (archive == null) {
            throw new IOException("No embedded PostgreSQL for " + system() + " " + architecture()
                    + "; set TEMPLE_DATABASE_URL to a PostgreSQL server instead");
        }
        return archive;
    }

    /** The names zonky gives the platform when it looks for the archive. */
    private static String system() throws IOException {
        if (SystemUtils.IS_OS_WINDOWS) {
            return "Windows";
        }
        if (SystemUtils.IS_OS_MAC_OSX) {
            return "Darwin";
        }
        if (SystemUtils.IS_OS_LINUX) {
            return "Linux";
        }
        throw new IOException("No embedded PostgreSQL for " + SystemUtils.OS_NAME
                + "; set TEMPLE_DATABASE_URL to a PostgreSQL server instead");
    }

    private static String architecture() {
        String architecture = System.getProperty("os.arch");
        return "amd64".equals(architecture) ? "x86_64" : architecture;
    }

    private static MessageDigest md5() {
        try {
            // zonky names the folder by the archive's MD5; a name, not a protection
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
