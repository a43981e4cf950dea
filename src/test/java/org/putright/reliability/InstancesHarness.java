package org.putright.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Several instances: two Putrights on one PostgreSQL, each request sent to the next instance in
 * turn (client-side round-robin, as a load balancer would), to show that
 *
 * <ul>
 *   <li>concurrent intake through both gives every complaint a reference of its own;
 *   <li>two conflicting commands on one complaint sent at the same moment to different instances
 *       (both acknowledging it, each naming a different handler, with the same {@code If-Match})
 *       end with one winner and the other refused with 409 or 412, never both applied and never
 *       one silently overwriting the other; concurrent non-conflicting steps are all kept;
 *   <li>the scheduled deadline watch runs on one instance at a time (ShedLock) and raises each
 *       alert, and each notification of it, exactly once.
 * </ul>
 *
 * <p>Run with {@code reliability/instances.sh [complaints] [clients]}; exits 1 on any failure.
 */
public final class InstancesHarness {

    private static final Pattern LOCKED = Pattern.compile("Locked 'deadline-alerts'");

    private final JsonClient api = new JsonClient();
    private final List<PutrightProcess> instances;
    private final AtomicInteger turn = new AtomicInteger();

    private InstancesHarness(List<PutrightProcess> instances) {
        this.instances = instances;
    }

    public static void main(String[] args) throws Exception {
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int failures;
        try (HarnessDatabase database = HarnessDatabase.start("instances")) {
            Map<String, String> environment = Map.of(
                    // The watch is tried every 10 seconds on both; ShedLock lets one run a minute.
                    "PUTRIGHT_ALERTS_CRON", "*/10 * * * * *",
                    "LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK", "DEBUG");
            List<PutrightProcess> instances = List.of(
                    new PutrightProcess("instance-a", database, environment),
                    new PutrightProcess("instance-b", database, environment));
            InstancesHarness harness = new InstancesHarness(instances);
            try {
                failures = harness.run(database, complaints, clients);
            } finally {
                for (PutrightProcess instance : instances) {
                    instance.stop();
                }
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private String next() {
        return instances
                .get(Math.floorMod(turn.getAndIncrement(), instances.size()))
                .baseUrl();
    }

    private int run(HarnessDatabase database, int complaints, int clients) throws Exception {
        Instant begun = Instant.now();
        int failures = 0;
        // Both start together on an empty database: Flyway's lock lets one migrate.
        try (ExecutorService starting = Executors.newFixedThreadPool(instances.size())) {
            List<Future<?>> started = new ArrayList<>();
            for (PutrightProcess instance : instances) {
                started.add(starting.submit(() -> {
                    instance.start();
                    return null;
                }));
            }
            for (Future<?> start : started) {
                start.get();
            }
        }
        for (Map<String, Object> member : CaseworkScript.staff()) {
            require(api.post(next(), "/api/v1/staff", member, null), 201);
        }
        require(
                api.post(
                        next(),
                        "/api/v1/staff",
                        Map.of(
                                "username", "harness-maria",
                                "name", "Maria Harness",
                                "email", "harness-maria@example.org",
                                "roles", List.of("MANAGER"),
                                "compensationLimit", "1000.00"),
                        null),
                201);

        // 1. Concurrent intake through both instances.
        System.out.printf(
                "Intake of %d complaints by %d clients through %d instances…%n", complaints, clients, instances.size());
        Map<String, Integer> references = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        // Received three weeks ago: every one is overdue for acknowledgement, so each gets one alert.
        String receivedAt = Instant.now()
                .minus(21, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Instant intakeBegun = Instant.now();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 1; i <= complaints; i++) {
                int number = i;
                pool.submit(() -> {
                    Map<String, Object> intake = new HashMap<>(CaseworkScript.intake(number));
                    intake.put("receivedAt", receivedAt);
                    try {
                        JsonClient.Reply reply = api.post(next(), "/api/v1/complaints", intake, null);
                        if (reply.status() == 201) {
                            created.incrementAndGet();
                            references.merge(reply.json().get("reference").asString(), 1, Integer::sum);
                        } else {
                            refused.incrementAndGet();
                            System.out.println("intake refused: " + reply.status() + " " + reply.body());
                        }
                    } catch (IOException | RuntimeException e) {
                        refused.incrementAndGet();
                        System.out.println("intake failed: " + e);
                    }
                    return null;
                });
            }
        }
        Duration intakeTook = Duration.between(intakeBegun, Instant.now());
        long duplicated =
                references.values().stream().filter(count -> count > 1).count();
        int inDatabase = count(database, "select count(*) from complaint");
        failures += (duplicated > 0 || inDatabase != created.get() || refused.get() > 0) ? 1 : 0;

        // 2. The deadline watch on both instances: each alert and notification exactly once.
        System.out.println("Waiting for the deadline watch to raise the alerts…");
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(4));
        while (count(database, "select count(distinct reference) from deadline_alert") < created.get()
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(2000);
        }
        // One more minute: later runs, on either instance, must add nothing.
        Thread.sleep(65_000);
        int alerts = count(database, "select count(*) from deadline_alert");
        int alertedComplaints = count(database, "select count(distinct reference) from deadline_alert");
        int duplicateAlerts = count(database, """
                select count(*) from (select reference, kind, deadline from deadline_alert
                 group by reference, kind, deadline having count(*) > 1) twice""");
        int notifications = count(database, "select count(*) from notification");
        int duplicateNotifications = count(database, """
                select count(*) from (select alert_id, recipient from notification
                 group by alert_id, recipient having count(*) > 1) twice""");
        Map<String, Integer> runs = new HashMap<>();
        for (PutrightProcess instance : instances) {
            Matcher locked = LOCKED.matcher(Files.readString(instance.log()));
            int taken = 0;
            while (locked.find()) {
                taken++;
            }
            runs.put(instance.name(), taken);
        }
        int notifiedAlerts = count(database, "select count(distinct alert_id) from notification");
        failures += (alertedComplaints != created.get()
                        || duplicateAlerts > 0
                        || duplicateNotifications > 0
                        || notifiedAlerts != alerts)
                ? 1
                : 0;

        // 3. Conflicting commands at the same moment on different instances.
        List<String> contested = references.keySet().stream()
                .sorted()
                .limit(Math.min(50, references.size()))
                .toList();
        Conflicts conflicts = contest(contested);
        failures +=
                (conflicts.bothApplied + conflicts.noneApplied + conflicts.overwritten + conflicts.concurrentStepsLost)
                                > 0
                        ? 1
                        : 0;

        System.out.println();
        System.out.println("Several instances on one PostgreSQL (client-side round-robin over 2 instances)");
        System.out.printf(
                "  complaints sent / created (201)           %d / %d in %.1f s (%.0f a second)%n",
                complaints,
                created.get(),
                intakeTook.toMillis() / 1000.0,
                created.get() * 1000.0 / Math.max(1, intakeTook.toMillis()));
        System.out.printf("  distinct references / duplicated          %d / %d%n", references.size(), duplicated);
        System.out.printf("  complaints in the database                %d%n", inDatabase);
        System.out.printf("  conflicting pairs (same If-Match, both instances)  %d%n", conflicts.pairs);
        System.out.printf(
                "    one applied, other refused 409/412      %d (409: %d, 412: %d, 422: %d)%n",
                conflicts.oneWinner, conflicts.refused409, conflicts.refused412, conflicts.refused422);
        System.out.printf(
                "    both applied / neither / overwritten    %d / %d / %d%n",
                conflicts.bothApplied, conflicts.noneApplied, conflicts.overwritten);
        System.out.printf(
                "  concurrent correspondence pairs           %d: %d kept, %d refused 409, %d lost%n",
                conflicts.pairs,
                conflicts.concurrentStepsKept,
                conflicts.concurrentStepsRefused,
                conflicts.concurrentStepsLost);
        System.out.printf("  overdue complaints alerted                %d of %d%n", alertedComplaints, created.get());
        System.out.printf("  alerts raised / duplicated                %d / %d%n", alerts, duplicateAlerts);
        System.out.printf(
                "  notifications / duplicated                %d / %d%n", notifications, duplicateNotifications);
        System.out.printf("  deadline-watch runs (ShedLock held) per instance  %s%n", runs);
        System.out.printf(
                "  took %d s; %s%n",
                Duration.between(begun, Instant.now()).toSeconds(),
                failures == 0 ? "PASSED" : "FAILED (" + failures + " checks)");
        return failures;
    }

    /**
     * For each complaint, acknowledges it on both instances at once with the same If-Match and
     * different handlers; then logs correspondence on both at once without If-Match.
     */
    private Conflicts contest(List<String> references) throws Exception {
        Conflicts conflicts = new Conflicts();
        try (ExecutorService pair = Executors.newFixedThreadPool(2)) {
            for (String reference : references) {
                conflicts.pairs++;
                JsonNode before = require(api.get(instances.get(0).baseUrl(), "/api/v1/complaints/" + reference), 200)
                        .json();
                String version = before.get("version").asString();
                List<JsonClient.Reply> replies = together(
                        pair,
                        List.of(
                                () -> api.post(
                                        instances.get(0).baseUrl(),
                                        "/api/v1/complaints/" + reference + "/acknowledgement",
                                        acknowledgement("harness-hana"),
                                        version),
                                () -> api.post(
                                        instances.get(1).baseUrl(),
                                        "/api/v1/complaints/" + reference + "/acknowledgement",
                                        acknowledgement("harness-tom"),
                                        version)));
                List<String> winners = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    int status = replies.get(i).status();
                    if (status == 200) {
                        winners.add(i == 0 ? "harness-hana" : "harness-tom");
                    } else if (status == 409) {
                        conflicts.refused409++;
                    } else if (status == 412) {
                        conflicts.refused412++;
                    } else if (status == 422) {
                        conflicts.refused422++;
                    } else {
                        System.out.println(
                                "unexpected " + status + " " + replies.get(i).body());
                    }
                }
                JsonNode after = require(api.get(instances.get(1).baseUrl(), "/api/v1/complaints/" + reference), 200)
                        .json();
                if (winners.size() == 1) {
                    conflicts.oneWinner++;
                    if (!after.get("handlers").get("stage1").asString().equals(winners.getFirst())) {
                        conflicts.overwritten++;
                    }
                } else if (winners.isEmpty()) {
                    conflicts.noneApplied++;
                } else {
                    conflicts.bothApplied++;
                }

                List<JsonClient.Reply> notes = together(
                        pair,
                        List.of(
                                () -> api.post(
                                        instances.get(0).baseUrl(),
                                        "/api/v1/complaints/" + reference + "/correspondence",
                                        note("Called on instance a"),
                                        null),
                                () -> api.post(
                                        instances.get(1).baseUrl(),
                                        "/api/v1/complaints/" + reference + "/correspondence",
                                        note("Called on instance b"),
                                        null)));
                String timeline = require(api.get(instances.get(0).baseUrl(), "/api/v1/complaints/" + reference), 200)
                        .body();
                for (int i = 0; i < 2; i++) {
                    int status = notes.get(i).status();
                    if (status == 200) {
                        if (timeline.contains("Called on instance " + (i == 0 ? "a" : "b"))) {
                            conflicts.concurrentStepsKept++;
                        } else {
                            conflicts.concurrentStepsLost++;
                        }
                    } else if (status == 409) {
                        conflicts.concurrentStepsRefused++;
                    } else {
                        System.out.println(
                                "unexpected " + status + " " + notes.get(i).body());
                    }
                }
            }
        }
        return conflicts;
    }

    private static Map<String, Object> acknowledgement(String handler) {
        return Map.of(
                "handler",
                handler,
                "definition",
                Map.of(
                        "points",
                                List.of(Map.of("summary", "The boiler was not repaired", "outcomeSought", "Repair it")),
                        "notResponsibleFor", List.of()));
    }

    private static Map<String, Object> note(String summary) {
        return Map.of("direction", "IN", "party", "RESIDENT", "channel", "PHONE", "summary", summary, "body", summary);
    }

    @FunctionalInterface
    private interface Call {
        JsonClient.Reply send() throws IOException, InterruptedException;
    }

    /** Sends the calls at the same moment, one a thread, and returns their replies in order. */
    private static List<JsonClient.Reply> together(ExecutorService pool, List<Call> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonClient.Reply>> replies = new ArrayList<>();
        for (Call call : calls) {
            replies.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.send();
            }));
        }
        ready.await();
        go.countDown();
        List<JsonClient.Reply> done = new ArrayList<>();
        for (Future<JsonClient.Reply> reply : replies) {
            done.add(reply.get());
        }
        return done;
    }

    private static int count(HarnessDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static JsonClient.Reply require(JsonClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    private static final class Conflicts {
        int pairs;
        int oneWinner;
        int bothApplied;
        int noneApplied;
        int overwritten;
        int refused409;
        int refused412;
        int refused422;
        int concurrentStepsKept;
        int concurrentStepsRefused;
        int concurrentStepsLost;
    }
}
