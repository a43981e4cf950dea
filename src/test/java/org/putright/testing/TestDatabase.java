package org.putright.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each Spring test context a fresh, empty database of the engine this run is for: H2 (in
 * memory, PostgreSQL mode) or PostgreSQL. Failsafe runs every integration test once per engine
 * (system property {@code putright.test.database}). PostgreSQL is the server named by {@code
 * PUTRIGHT_TEST_DATABASE_URL} when it is set, otherwise an embedded PostgreSQL started once for the
 * whole run; either way each context gets its own schema, so contexts never see each other's data.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres embedded;

    public static String engine() {
        return System.getProperty("putright.test.database", "h2").toLowerCase(Locale.ROOT);
    }

    public static boolean isPostgres() {
        return engine().equals("postgresql");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (isPostgres()) {
            Server server = postgres();
            createSchema(server, name);
            TestPropertyValues.of(
                            "spring.datasource.url=" + server.url()
                                    + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name,
                            "spring.datasource.username=" + server.user(),
                            "spring.datasource.password=" + server.password(),
                            "spring.flyway.schemas=" + name,
                            "spring.datasource.hikari.maximum-pool-size=5")
                    .applyTo(context);
        } else {
            TestPropertyValues.of(
                            "spring.datasource.url=jdbc:h2:mem:" + name
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                            "spring.datasource.username=sa",
                            "spring.datasource.password=")
                    .applyTo(context);
        }
    }

    /**
     * A fresh, empty database of this run's engine for a test that starts the application itself
     * (several contexts on one database, or one it has filled beforehand): a named in-memory H2
     * database, or a new schema on the PostgreSQL server.
     */
    public static Target freshDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (isPostgres()) {
            Server server = postgres();
            createSchema(server, name);
            return new Target(
                    server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name,
                    server.user(),
                    server.password(),
                    name);
        }
        return new Target(
                "jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "",
                null);
    }

    /** Where a database is: its JDBC URL and credentials, and on PostgreSQL the schema it uses. */
    public record Target(
            String url,
            String user,
            String password,
            @Nullable String schema) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** The Spring properties that point the application at this database. */
        public List<String> properties() {
            List<String> properties = new ArrayList<>(List.of(
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + user,
                    "spring.datasource.password=" + password,
                    "spring.datasource.hikari.maximum-pool-size=5"));
            if (schema != null) {
                properties.add("spring.flyway.schemas=" + schema);
            }
            return properties;
        }
    }

    private static void createSchema(Server server, String schema) {
        execute(server, "create schema " + schema);
        if (embedded == null) {
            // A real server outlives the run: leave it as we found it.
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(() -> execute(server, "drop schema " + schema + " cascade")));
        }
    }

    private static void execute(Server server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + server.url(), e);
        }
    }

    private static synchronized Server postgres() {
        String url = System.getenv("PUTRIGHT_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Server(
                    url,
                    System.getenv().getOrDefault("PUTRIGHT_TEST_DATABASE_USER", "postgres"),
                    System.getenv().getOrDefault("PUTRIGHT_TEST_DATABASE_PASSWORD", ""));
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the temporary cluster goes with it.
                }
            }));
        }
        return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private record Server(String url, String user, String password) {}
}
