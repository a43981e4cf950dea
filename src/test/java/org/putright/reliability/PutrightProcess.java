package org.putright.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Putright as it is deployed: the built jar in a JVM of its own, on the harness's PostgreSQL, with
 * its output kept in a log file. It can be killed with SIGKILL, as a power cut or the kernel's
 * out-of-memory killer would, and started again on the same port and database.
 */
final class PutrightProcess {

    static final String TOKEN = "prt_reliability-harness-token-0123456789abcdef";

    private final String name;
    private final Path jar;
    private final Path javaCommand;
    private final HarnessDatabase database;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private @Nullable Process process;
    private final List<Duration> startTimes = new ArrayList<>();

    PutrightProcess(String name, HarnessDatabase database, Map<String, String> environment) throws IOException {
        this.name = name;
        this.jar = Path.of(System.getProperty("putright.jar", "target/putright.jar"));
        this.javaCommand = Path.of(System.getProperty(
                "putright.java", ProcessHandle.current().info().command().orElse("java")));
        this.database = database;
        this.environment = environment;
        this.port = freePort();
        Files.createDirectories(Path.of("target", "reliability"));
        this.log = Path.of("target", "reliability", name + ".log");
        Files.deleteIfExists(log);
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    List<Duration> startTimes() {
        return startTimes;
    }

    /** Starts the jar and waits until it answers its health check. */
    void start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw package -DskipTests");
        }
        ProcessBuilder builder = new ProcessBuilder(
                        javaCommand.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("PUTRIGHT_DATABASE_URL", database.url());
        env.put("PUTRIGHT_DATABASE_USER", database.user());
        env.put("PUTRIGHT_DATABASE_PASSWORD", database.password());
        env.put("PUTRIGHT_BOOTSTRAP_TOKEN", TOKEN);
        env.put("PUTRIGHT_DEMO", "false");
        env.put("PUTRIGHT_LOG_FORMAT", "");
        env.put(
                "PUTRIGHT_DATA_DIR",
                Path.of("target", "reliability", name + "-data").toString());
        env.putAll(environment);
        Instant begun = Instant.now();
        process = builder.start();
        waitUntilHealthy(begun);
        startTimes.add(Duration.between(begun, Instant.now()));
    }

    /** SIGKILL: no shutdown hooks, no graceful shutdown, requests cut off mid-flight. */
    void kill() throws InterruptedException {
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
            running.waitFor();
            process = null;
        }
    }

    /** An ordinary stop at the end of a run. */
    void stop() throws InterruptedException {
        Process running = process;
        if (running != null) {
            running.destroy();
            if (!running.waitFor(30, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
            process = null;
        }
    }

    private void waitUntilHealthy(Instant begun) throws InterruptedException, IOException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = begun.plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(giveUp)) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become healthy within 4 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
