package org.putright.reliability;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Crash safety: intake and case work over the API against PostgreSQL while Putright is killed
 * with SIGKILL at random moments and started again, then a check that nothing the API
 * acknowledged was lost and that no command is visible half done.
 *
 * <p>Every 201 or 200 is written in a ledger with the timeline the API returned. A command cut
 * off by the kill has an unknown outcome: the caseworker reads the complaint back after the
 * restart and carries on from what the record says, as a person would. At the end every
 * acknowledged complaint must be there with every acknowledged step of its timeline, in order;
 * and every complaint in the database must be whole: its summary row at the version of its last
 * event, no gap in its events, and every letter its record names readable.
 *
 * <p>Run with {@code reliability/crash.sh [kills] [caseworkers]}; prints the figures and exits 1
 * when anything was lost or half done.
 */
public final class CrashHarness {

    private final JsonClient api = new JsonClient();
    /** Each member of staff's client, by username: each step is taken by its stage's handler. */
    private final Map<String, JsonClient> staffClients = new ConcurrentHashMap<>();

    private final PutrightProcess putright;
    private final AtomicBoolean working = new AtomicBoolean(true);
    private final AtomicInteger intakeNumbers = new AtomicInteger();
    private final AtomicInteger complaintsAcknowledged = new AtomicInteger();
    private final AtomicInteger stepsAcknowledged = new AtomicInteger();
    private final AtomicInteger unknownIntakes = new AtomicInteger();
    private final AtomicInteger unknownSteps = new AtomicInteger();
    private final AtomicInteger unknownStepsFoundDone = new AtomicInteger();
    private final AtomicInteger refusedAfterRestart = new AtomicInteger();
    /** Each acknowledged complaint and the longest timeline the API acknowledged for it. */
    private final Map<String, List<JsonNode>> ledger = new ConcurrentHashMap<>();

    private CrashHarness(PutrightProcess putright) {
        this.putright = putright;
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int caseworkers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        int failures;
        try (HarnessDatabase database = HarnessDatabase.start("crash")) {
            PutrightProcess putright = new PutrightProcess("crash", database, Map.of());
            failures = new CrashHarness(putright).run(database, kills, caseworkers, new Random(seed), seed);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private int run(HarnessDatabase database, int kills, int caseworkers, Random random, long seed) throws Exception {
        Instant begun = Instant.now();
        putright.start();
        for (Map<String, Object> member : CaseworkScript.staff()) {
            require(api.post(putright.baseUrl(), "/api/v1/staff", member, null), 201);
            String username = String.valueOf(member.get("username"));
            JsonClient.Reply issued =
                    api.post(putright.baseUrl(), "/api/v1/staff/" + username + "/tokens", Map.of(), null);
            require(issued, 201);
            staffClients.put(username, api.as(issued.json().get("token").asString()));
        }
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < caseworkers; i++) {
            threads.add(Thread.ofVirtual().name("caseworker-" + i).start(this::work));
        }
        List<Duration> upFor = new ArrayList<>();
        for (int kill = 1; kill <= kills; kill++) {
            // Up for between 1 and 8 seconds of load, then the plug is pulled.
            Duration up = Duration.ofMillis(1000 + random.nextInt(7000));
            Thread.sleep(up);
            putright.kill();
            upFor.add(up);
            System.out.printf(
                    "kill %d of %d after %d ms of load (%d complaints, %d steps acknowledged so far)%n",
                    kill, kills, up.toMillis(), complaintsAcknowledged.get(), stepsAcknowledged.get());
            putright.start();
        }
        Thread.sleep(3000);
        working.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(2));
        }
        Verdict verdict = verify(database);
        putright.stop();
        print(verdict, kills, caseworkers, seed, Duration.between(begun, Instant.now()));
        return verdict.complaintsLost + verdict.stepsLost + verdict.halfDone.size();
    }

    /** One caseworker: takes complaints in and works each through its whole life. */
    private void work() {
        while (working.get()) {
            int number = intakeNumbers.incrementAndGet();
            String reference;
            try {
                JsonClient.Reply created =
                        api.post(putright.baseUrl(), "/api/v1/complaints", CaseworkScript.intake(number), null);
                if (created.status() != 201) {
                    pauseWhileDown();
                    continue;
                }
                reference = created.json().get("reference").asString();
                complaintsAcknowledged.incrementAndGet();
                acknowledge(reference, created.json());
            } catch (IOException cutOff) {
                unknownIntakes.incrementAndGet();
                pauseWhileDown();
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            workThrough(reference);
        }
    }

    private void workThrough(String reference) {
        int step = 0;
        while (step < CaseworkScript.STEPS.size() && working.get()) {
            CaseworkScript.Step next = CaseworkScript.STEPS.get(step);
            int timelineBefore = ledger.get(reference).size();
            try {
                JsonClient caseworker = staffClients.getOrDefault(next.by(), api);
                JsonClient.Reply reply = caseworker.post(
                        putright.baseUrl(), "/api/v1/complaints/" + reference + next.path(), next.body(), null);
                if (reply.status() == 200) {
                    stepsAcknowledged.incrementAndGet();
                    acknowledge(reference, reply.json());
                    step++;
                } else if (reply.status() >= 500) {
                    // Refused while the instance was going down or coming up: try again.
                    pauseWhileDown();
                } else {
                    refusedAfterRestart.incrementAndGet();
                    System.out.printf("%s refused for %s: %s%n", next.name(), reference, reply.body());
                    return;
                }
            } catch (IOException cutOff) {
                unknownSteps.incrementAndGet();
                pauseWhileDown();
                // Unknown outcome: the record says whether the step happened.
                try {
                    JsonClient.Reply now = api.get(putright.baseUrl(), "/api/v1/complaints/" + reference);
                    if (now.status() == 200 && now.json().get("timeline").size() > timelineBefore) {
                        unknownStepsFoundDone.incrementAndGet();
                        acknowledge(reference, now.json());
                        step++;
                    }
                } catch (IOException stillDown) {
                    pauseWhileDown();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void acknowledge(String reference, JsonNode complaint) {
        List<JsonNode> timeline = new ArrayList<>();
        complaint.get("timeline").forEach(timeline::add);
        ledger.merge(reference, timeline, (known, seen) -> seen.size() >= known.size() ? seen : known);
    }

    private void pauseWhileDown() {
        for (int i = 0; i < 2400 && working.get(); i++) {
            try {
                if (api.get(putright.baseUrl(), "/actuator/health").status() == 200) {
                    return;
                }
            } catch (IOException down) {
                // Still down.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Verdict verify(HarnessDatabase database) throws IOException, InterruptedException, SQLException {
        Verdict verdict = new Verdict();
        for (Map.Entry<String, List<JsonNode>> acknowledged : ledger.entrySet()) {
            JsonClient.Reply now = api.get(putright.baseUrl(), "/api/v1/complaints/" + acknowledged.getKey());
            if (now.status() == 404) {
                verdict.complaintsLost++;
                verdict.stepsLost += acknowledged.getValue().size();
                continue;
            }
            require(now, 200);
            JsonNode timeline = now.json().get("timeline");
            List<JsonNode> expected = acknowledged.getValue();
            for (int i = 0; i < expected.size(); i++) {
                if (i >= timeline.size() || !timeline.get(i).equals(expected.get(i))) {
                    verdict.stepsLost += expected.size() - i;
                    System.out.printf(
                            "LOST from %s: %s%n", acknowledged.getKey(), expected.subList(i, expected.size()));
                    break;
                }
            }
        }
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            // A command is one transaction: the summary row is at the version of the last event,
            // and the events run 1..version with no gap.
            try (ResultSet torn = statement.executeQuery("""
                    select c.reference, c.version, count(e.sequence) as events, max(e.sequence) as last
                      from complaint c left join complaint_event e on e.reference = c.reference
                     group by c.reference, c.version
                    having count(e.sequence) <> c.version or max(e.sequence) <> c.version
                    """)) {
                while (torn.next()) {
                    verdict.halfDone.add(torn.getString(1) + " at version " + torn.getInt(2) + " has " + torn.getInt(3)
                            + " events up to " + torn.getInt(4));
                }
            }
            try (ResultSet counted = statement.executeQuery("select count(*) from complaint")) {
                counted.next();
                verdict.complaintsInDatabase = counted.getInt(1);
            }
            List<String> references = new ArrayList<>();
            try (ResultSet all = statement.executeQuery("select reference from complaint order by reference")) {
                while (all.next()) {
                    references.add(all.getString(1));
                }
            }
            for (String reference : references) {
                JsonClient.Reply complaint = api.get(putright.baseUrl(), "/api/v1/complaints/" + reference);
                if (complaint.status() != 200) {
                    verdict.halfDone.add(reference + " is in the database but the API answers " + complaint.status());
                    continue;
                }
                for (JsonNode letter : complaint.json().get("letters")) {
                    verdict.letters++;
                    JsonClient.Reply pdf =
                            api.get(putright.baseUrl(), letter.get("href").asString());
                    if (pdf.status() != 200) {
                        verdict.halfDone.add(
                                reference + "'s letter " + letter.get("href").asString() + " answers " + pdf.status());
                    }
                }
            }
        }
        return verdict;
    }

    private void print(Verdict verdict, int kills, int caseworkers, long seed, Duration took) {
        System.out.println();
        System.out.println("Crash safety (SIGKILL) on PostgreSQL");
        System.out.printf("  kills (SIGKILL) and restarts         %d%n", kills);
        System.out.printf("  caseworkers (concurrent clients)     %d%n", caseworkers);
        System.out.printf("  complaints acknowledged (201)        %d%n", complaintsAcknowledged.get());
        System.out.printf("  steps acknowledged (200)             %d%n", stepsAcknowledged.get());
        System.out.printf("  intakes cut off (outcome unknown)    %d%n", unknownIntakes.get());
        System.out.printf(
                "  steps cut off (outcome unknown)      %d, of which found done after restart %d%n",
                unknownSteps.get(), unknownStepsFoundDone.get());
        System.out.printf("  steps refused after a restart        %d%n", refusedAfterRestart.get());
        System.out.printf("  complaints in the database           %d%n", verdict.complaintsInDatabase);
        System.out.printf("  letters read back                    %d%n", verdict.letters);
        System.out.printf("  complaints lost                      %d%n", verdict.complaintsLost);
        System.out.printf("  steps lost                           %d%n", verdict.stepsLost);
        System.out.printf("  half-done commands visible           %d%n", verdict.halfDone.size());
        verdict.halfDone.forEach(problem -> System.out.println("    " + problem));
        System.out.printf("  start-up time after a kill           %s%n", summary(putright.startTimes()));
        System.out.printf("  seed %d, took %d s%n", seed, took.toSeconds());
    }

    private static String summary(List<Duration> times) {
        long min = times.stream().mapToLong(Duration::toMillis).min().orElse(0);
        long max = times.stream().mapToLong(Duration::toMillis).max().orElse(0);
        long mean =
                (long) times.stream().mapToLong(Duration::toMillis).average().orElse(0);
        return String.format(
                "%.1f s mean (%.1f–%.1f s) over %d starts", mean / 1000.0, min / 1000.0, max / 1000.0, times.size());
    }

    private static void require(JsonClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + reply.status() + " " + reply.body());
        }
    }

    private static final class Verdict {
        int complaintsLost;
        int stepsLost;
        int complaintsInDatabase;
        int letters;
        final List<String> halfDone = new ArrayList<>();
    }
}
