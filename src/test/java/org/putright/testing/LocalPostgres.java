package org.putright.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL client programs installed on this machine (pg_dump, pg_restore) and, beside them,
 * a private PostgreSQL server of the same major version started from the same installation.
 *
 * <p>pg_dump refuses a server newer than itself, and the embedded PostgreSQL of the test run is
 * newer than the client that Debian installs; so a test of backup and restore runs its server from
 * the installation whose pg_dump it uses, as an administrator would. As root (CI, these machines)
 * initdb and postgres refuse to run, so they run in a user namespace of their own ({@code
 * unshare -U}), where they are not root.
 */
public final class LocalPostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private LocalPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /**
     * The newest directory holding pg_dump: {@code PUTRIGHT_PG_BIN} when set, else Debian's
     * {@code /usr/lib/postgresql/<major>/bin}, else the one on the PATH.
     */
    public static Optional<Path> clientBin() {
        String configured = System.getenv("PUTRIGHT_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        File[] installed = new File("/usr/lib/postgresql").listFiles();
        Optional<Path> debian = Arrays.stream(installed == null ? new File[0] : installed)
                .filter(dir -> dir.getName().matches("\\d+"))
                .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getName())))
                .map(dir -> dir.toPath().resolve("bin"))
                .filter(dir -> Files.isExecutable(dir.resolve("pg_dump")));
        if (debian.isPresent()) {
            return debian;
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(Path::of)
                .filter(dir -> Files.isExecutable(dir.resolve("pg_dump")))
                .findFirst();
    }

    /** Initialises and starts a server from the installation in {@code bin} on a free port. */
    public static LocalPostgres start(Path bin) {
        if (!Files.isExecutable(bin.resolve("postgres"))) {
            throw new IllegalStateException("No PostgreSQL server beside " + bin.resolve("pg_dump")
                    + "; install Debian's postgresql or set PUTRIGHT_TEST_DATABASE_URL to a server"
                    + " no newer than that pg_dump");
        }
        try {
            Path data = Files.createTempDirectory("putright-pg-");
            int port = freePort();
            LocalPostgres server = new LocalPostgres(bin, data, port);
            server.run(List.of(
                    bin.resolve("initdb").toString(),
                    "-D",
                    data.resolve("cluster").toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8"));
            server.run(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.resolve("cluster").toString(),
                    "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off",
                    "-l",
                    data.resolve("server.log").toString(),
                    "-w",
                    "start"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Runs one of the installation's programs (pg_dump, pg_restore, psql…) and waits for it. */
    public static String runProgram(Path bin, String program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(program).toString());
        command.addAll(arguments);
        return execute(command, null);
    }

    private void run(List<String> command) {
        execute(command, data);
    }

    private static String execute(List<String> command, @Nullable Path owned) {
        List<String> full = new ArrayList<>();
        if (isRoot() && owned != null) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        run(List.of(
                bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-m", "immediate", "stop"));
        try (var files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A temporary directory: the system clears it in time.
        }
    }
}
