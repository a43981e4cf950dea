package org.putright.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server a harness runs Putright against: the one named by {@code
 * PUTRIGHT_HARNESS_DATABASE_URL} (with {@code _USER}, {@code _PASSWORD}), or an embedded one the
 * harness starts in its own process, so that killing Putright never touches the database. Each run
 * gets a new database of its own on it.
 */
final class HarnessDatabase implements AutoCloseable {

    private final @Nullable EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;
    private final String database;

    private HarnessDatabase(
            @Nullable EmbeddedPostgres embedded, String serverUrl, String user, String password, String database) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.database = database;
    }

    static HarnessDatabase start(String purpose) throws IOException, SQLException {
        String given = System.getenv("PUTRIGHT_HARNESS_DATABASE_URL");
        EmbeddedPostgres embedded = null;
        String url;
        String user;
        String password;
        if (given != null && !given.isBlank()) {
            url = given;
            user = System.getenv().getOrDefault("PUTRIGHT_HARNESS_DATABASE_USER", "postgres");
            password = System.getenv().getOrDefault("PUTRIGHT_HARNESS_DATABASE_PASSWORD", "");
        } else {
            embedded = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        }
        String database = purpose + "_" + Long.toString(System.currentTimeMillis(), 36);
        HarnessDatabase harness = new HarnessDatabase(embedded, url, user, password, database);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        return harness;
    }

    /** The JDBC URL of this run's database. */
    String url() {
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
