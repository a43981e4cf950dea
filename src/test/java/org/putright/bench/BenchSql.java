package org.putright.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Small database chores for the benchmark commands, so they need no psql: recreate a database,
 * copy one, print the server's version, run a SQL file, analyze, and mark a database as loaded (a comment on
 * it) so that a loaded database is not loaded again.
 *
 * <p>{@code BenchSql <url> <user> <password> recreate <database> | copy <template> <database> | version | run <file> [name=value...] | analyze |
 * activity |
 * has-marker <database> <marker> | set-marker <database> <marker>}
 */
public final class BenchSql {

    private BenchSql() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        switch (args[3]) {
            case "recreate" -> BenchDatabase.recreate(url, user, password, args[4]);
            case "copy" -> BenchDatabase.copy(url, user, password, args[4], args[5]);
            case "version" -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select version()")) {
                    rs.next();
                    System.out.println("PostgreSQL: " + rs.getString(1));
                }
            }
            case "run" -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        Statement statement = connection.createStatement()) {
                    String script = Files.readString(Path.of(args[4]));
                    // name=value arguments replace :name in the script.
                    for (int i = 5; i < args.length; i++) {
                        String[] parameter = args[i].split("=", 2);
                        script = script.replace(":" + parameter[0], parameter[1]);
                    }
                    statement.execute(script);
                }
            }
            case "activity" -> watchActivity(url, user, password);
            case "analyze" -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        Statement statement = connection.createStatement()) {
                    statement.execute("vacuum analyze");
                }
            }
            case "has-marker" -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        var statement = connection.prepareStatement(
                                "select shobj_description(oid, 'pg_database') from pg_database where datname = ?")) {
                    statement.setString(1, args[4]);
                    try (ResultSet rs = statement.executeQuery()) {
                        boolean marked = rs.next() && args[5].equals(rs.getString(1));
                        System.exit(marked ? 0 : 1);
                    }
                }
            }
            case "set-marker" -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        Statement statement = connection.createStatement()) {
                    statement.execute("comment on database " + args[4] + " is '" + args[5].replace("'", "") + "'");
                }
            }
            default -> throw new IllegalArgumentException("unknown command: " + args[3]);
        }
    }

    /**
     * Every second until stopped: what PostgreSQL's own workers are doing (autovacuum, checkpoints)
     * and any statement running for more than 100 ms, with the time of day, to set beside a
     * benchmark's timeline. Autovacuum logs a run only when it ends; this shows it while it runs.
     */
    private static void watchActivity(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery("""
                        select to_char(clock_timestamp() at time zone 'UTC', 'HH24:MI:SS') as at, backend_type,
                               coalesce(wait_event_type || ':' || wait_event, 'CPU') as waiting,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 100) as query
                          from pg_stat_activity
                         where pid <> pg_backend_pid() and state is distinct from 'idle'
                           and (backend_type = 'autovacuum worker'
                                or (backend_type = 'client backend'
                                    and clock_timestamp() - query_start > interval '100 milliseconds'))
                        """)) {
                    while (rs.next()) {
                        System.out.printf(
                                "%s %s %s %s%n",
                                rs.getString("at"),
                                rs.getString("backend_type"),
                                rs.getString("waiting"),
                                rs.getString("query"));
                    }
                }
                System.out.flush();
                Thread.sleep(1000);
            }
        }
    }
}
