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
import java.sql.Statement;
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
 */
public final class OwnDatabase implements AutoCloseable {

    /** {@code jdbc:postgresql://host:port/database?parameters}, the database and parameters optional. */
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Server server;
    private final String name;

    private OwnDatabase(Server server, String name) {
        this.server = server;
        this.name = name;
    }

    /**
     * Creates a database named {@code prefix} and a random suffix.
     *
     * @param prefix lower-case letters, digits and underscores, such as {@code temple_smtp}
     */
    public static OwnDatabase create(String prefix) {
        if (!NAME.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + prefix);
        }
        String name = prefix + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Server server = Server.asTempleFindsIt();
        server.execute("create database " + name);
        return new OwnDatabase(server, name);
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
            // an empty user or password is no setting at all, as for the application's datasource
            Properties login = new Properties();
            if (StringUtils.hasText(user)) {
                login.setProperty("user", user);
            }
            if (StringUtils.hasText(password)) {
                login.setProperty("password", password);
            }
            try (Connection connection = DriverManager.getConnection(url, login);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not " + sql + " (the database user needs CREATEDB): "
                        + e.getMessage(), e);
            }
        }
    }
}
