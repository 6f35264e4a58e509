package app.temple.operations;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from the distribution's packages ({@code /usr/lib/postgresql/<major>/bin}), with
 * the client tools beside it. The embedded PostgreSQL ships only initdb, pg_ctl and postgres, and pg_dump refuses a
 * server newer than itself, so a backup test needs a server and a pg_dump of one version. As root (CI, containers)
 * the server runs in a user namespace of its own, as the embedded one does, since PostgreSQL refuses to run as root.
 */
final class DebianPostgres implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore");

    private final Path bin;
    private final Path data;
    private final int port;

    private DebianPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /**
     * Starts a new server in {@code folder}. Without the packages the calling test is skipped with a message that
     * says what to install, except under {@code CI=true}, where it fails.
     */
    static DebianPostgres start(Path folder) {
        Path bin = newestInstallation();
        Path data = folder.resolve("data");
        int port = freePort();
        DebianPostgres server = new DebianPostgres(bin, data, port);
        server.asServerUser("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync");
        server.asServerUser("pg_ctl", "-D", data.toString(), "-l", folder.resolve("server.log").toString(), "-w", "start",
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c timezone=UTC");
        return server;
    }

    private static Path newestInstallation() {
        List<Path> found = List.of();
        if (Files.isDirectory(INSTALLATIONS)) {
            try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
                found = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> TOOLS.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                        .sorted(Comparator.comparing((Path bin) -> Integer.parseInt(bin.getParent().getFileName().toString()))
                                .reversed())
                        .toList();
            } catch (IOException | NumberFormatException e) {
                found = List.of();
            }
        }
        if (found.isEmpty()) {
            String missing = "PostgreSQL's server and client packages are not installed (apt-get install postgresql): "
                    + "no " + INSTALLATIONS + "/<version>/bin with " + String.join(", ", TOOLS);
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing);
        }
        return found.getFirst();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The libpq form of the same, for the command-line tools. */
    String connection(String database) {
        return "postgresql://postgres@127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one of the client tools (pg_dump, pg_restore), failing with its output if it fails. */
    String run(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of(bin.resolve(tool).toString()));
        command.addAll(List.of(arguments));
        return execute(command);
    }

    private void asServerUser(String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        execute(command);
    }

    private static String execute(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        asServerUser("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }
}
