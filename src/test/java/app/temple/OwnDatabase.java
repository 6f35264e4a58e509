package app.temple;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty database on the PostgreSQL server the shared test context uses (the test JVM's embedded one, or
 * the server of {@code TEMPLE_DATABASE_URL}), for a Temple that a test starts beside it. On the shared database such
 * a Temple is another node: its mail sender takes the shared context's letters and the shared context's sender takes
 * its own, each into a delivery the other test never looks at. Temple migrates the new database as it starts.
 * <p>
 * A test JVM that is killed cannot drop its database. Each name therefore carries the second it was made, and making
 * one drops those of the same prefix older than {@link #LEFT_BEHIND_AFTER}: on an external server nothing else would
 * clear them, and no test run lasts that long.
 */
public final class OwnDatabase implements AutoCloseable {

    /** {@code jdbc:postgresql://host:port/database?parameters}, the database and parameters optional. */
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    static final Duration LEFT_BEHIND_AFTER = Duration.ofDays(1);

    private final Server server;
    private final String name;

    private OwnDatabase(Server server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * Creates a database named {@code prefix}, the second it is made and a random suffix, after dropping those of
     * the same prefix left behind for longer than {@link #LEFT_BEHIND_AFTER}.
     *
     * @param prefix lower-case letters, digits and underscores, such as {@code temple_smtp}
     */
    public static OwnDatabase create(String prefix) {
        return create(prefix, Instant.now());
    }

    /** As {@link #create(String)}, as if made at {@code now}: a test makes one that looks left behind. */
    static OwnDatabase create(String prefix, Instant now) {
        if (!NAME.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + prefix);
        }
        Server server = Server.asTempleFindsIt();
        dropLeftBehind(server, prefix, now.minus(LEFT_BEHIND_AFTER));
        String name = prefix + "_" + now.getEpochSecond() + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        server.execute("create database " + name);
        return new OwnDatabase(server, name);
    }

    /** The name the database was made with: {@code prefix}, the second it was made, a random suffix. */
    public String name() {
        return name;
    }

    /** Whether a database of this name is on the server: gone once closed, or once left behind long enough. */
    static boolean exists(String name) {
        return Server.asTempleFindsIt().databasesStartingWith(name).contains(name);
    }

    private static void dropLeftBehind(Server server, String prefix, Instant before) {
        Pattern made = Pattern.compile(Pattern.quote(prefix) + "_(\\d+)_[0-9a-f]{8}");
        for (String database : server.databasesStartingWith(prefix + "_")) {
            Matcher parts = made.matcher(database);
            if (parts.matches() && Instant.ofEpochSecond(Long.parseLong(parts.group(1))).isBefore(before)) {
                server.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    /** The command-line settings that start Temple on this database. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=" + withDatabase(server.url(), name));
        arguments.add("--spring.datasource.username=" + server.user());
        arguments.add("--spring.datasource.password=" + server.password());
        return arguments;
    }

    /** Drops the database, and whatever connections are still open to it. */
    @Override
    public void close() {
        server.execute("drop database if exists " + name + " with (force)");
    }

    /** The same server's URL, naming {@code database} instead, with the same parameters (user, TLS). */
    static String withDatabase(String url, String database) {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            // without its parameters, which may hold a password
            throw new IllegalStateException("Cannot name another database in " + url.replaceAll("\\?.*", "")
                    + "; write the database URL as jdbc:postgresql://host:port/database");
        }
        return parts.group(1) + "/" + database + (parts.group(3) == null ? "" : parts.group(3));
    }

    /** The server Temple connects to, with the database it names, and how to reach it. */
    private record Server(String url, String user, String password) {

        /**
         * The datasource settings as a Temple started in this JVM resolves them: the JVM's settings over
         * application.properties, and the embedded server (started here if no context has yet) when they name none.
         */
        static Server asTempleFindsIt() {
            ConfigurableEnvironment environment = new StandardEnvironment();
            try {
                environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new EmbeddedDatabaseEnvironment(log -> log.get())
                    .postProcessEnvironment(environment, new SpringApplication(TempleApplication.class));
            return new Server(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username", ""),
                    environment.getProperty("spring.datasource.password", ""));
        }

        void execute(String sql) {
            try (Connection connection = connect();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not " + sql + " (the database user needs CREATEDB): "
                        + e.getMessage(), e);
            }
        }

        List<String> databasesStartingWith(String prefix) {
            try (Connection connection = connect();
                 // starts_with, not like: an underscore in the prefix would match any character
                 PreparedStatement query = connection.prepareStatement(
                         "select datname from pg_database where starts_with(datname, ?) order by datname")) {
                query.setString(1, prefix);
                List<String> names = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not list the databases: " + e.getMessage(), e);
            }
        }

        private Connection connect() throws SQLException {
            // an empty user or password is no setting at all, as for the application's datasource
            Properties login = new Properties();
            if (StringUtils.hasText(user)) {
                login.setProperty("user", user);
            }
            if (StringUtils.hasText(password)) {
                login.setProperty("password", password);
            }
            return DriverManager.getConnection(url, login);
        }
    }
}
