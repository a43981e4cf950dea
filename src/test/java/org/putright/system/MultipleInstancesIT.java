package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.putright.complaint.DeadlineWatch;
import org.putright.testing.Api;
import org.putright.testing.RunningPutright;
import org.putright.testing.TestDatabase;

/**
 * Two instances of Putright on one database, as a landlord running more than one would have:
 * intake through both gives distinct references, the deadline watch fired on both at the same
 * moment raises each alert and each notification once (ShedLock, and the alert's unique key behind
 * it), and two conflicting steps sent to the two instances at once end with one applied and the
 * other refused, never both. {@code reliability/instances.sh} does the same at scale on the built
 * jar; this keeps it checked in CI on both databases.
 */
class MultipleInstancesIT {

    private static final int COMPLAINTS = 6;

    @Test
    void twoInstancesOnOneDatabaseRaiseEachAlertOnceAndNeverBothApplyAConflictingStep() throws Exception {
        TestDatabase.Target database = TestDatabase.freshDatabase();
        try (RunningPutright a = RunningPutright.on(database);
                RunningPutright b = RunningPutright.on(database)) {
            created(a.admin()
                    .post(
                            "/api/v1/staff",
                            Map.of(
                                    "username",
                                    "multi-maria",
                                    "name",
                                    "Maria Price",
                                    "email",
                                    "maria@example.org",
                                    "roles",
                                    List.of("MANAGER"),
                                    "compensationLimit",
                                    "1000.00")));
            for (String handler : List.of("multi-hana", "multi-tom")) {
                created(b.admin()
                        .post(
                                "/api/v1/staff",
                                Map.of(
                                        "username",
                                        handler,
                                        "name",
                                        handler,
                                        "email",
                                        handler + "@example.org",
                                        "roles",
                                        List.of("HANDLER"),
                                        "compensationLimit",
                                        "100.00")));
            }
            // Received three weeks before "now": every one is overdue for acknowledgement (5.6).
            List<String> references = new ArrayList<>();
            List<Callable<Api.Response>> intake = new ArrayList<>();
            for (int i = 0; i < COMPLAINTS; i++) {
                Api through = (i % 2 == 0 ? a : b).admin();
                int number = i;
                intake.add(() -> through.post(
                        "/api/v1/complaints",
                        Map.of(
                                "receivedAt",
                                "2026-11-02T10:00:00Z",
                                "channel",
                                "PHONE",
                                "description",
                                "Complaint " + number + " through two instances",
                                "resident",
                                Map.of("name", "Resident " + number, "email", "r" + number + "@example.org"))));
            }
            for (Api.Response response : together(intake)) {
                references.add(created(response));
            }
            assertThat(references).doesNotHaveDuplicates().hasSize(COMPLAINTS);

            // The watch fired on both instances at the same moment, twice over.
            DeadlineWatch onA = a.bean(DeadlineWatch.class);
            DeadlineWatch onB = b.bean(DeadlineWatch.class);
            for (int round = 0; round < 2; round++) {
                together(List.of(
                        () -> {
                            onA.scheduledRun();
                            return null;
                        },
                        () -> {
                            onB.scheduledRun();
                            return null;
                        }));
            }
            // Even past the lock, another run on the other instance raises nothing again.
            assertThat(onB.raiseAlerts()).isZero();
            assertThat(count(database, "select count(*) from deadline_alert")).isEqualTo(COMPLAINTS);
            assertThat(count(database, "select count(distinct reference) from deadline_alert"))
                    .isEqualTo(COMPLAINTS);
            // Unassigned and overdue: the manager is told, once for each alert.
            assertThat(count(database, "select count(*) from notification where recipient = 'multi-maria'"))
                    .isEqualTo(COMPLAINTS);
            assertThat(count(database, "select count(distinct alert_id) from notification"))
                    .isEqualTo(COMPLAINTS);
            assertThat(a.admin().get("/api/v1/alerts").json().size())
                    .isEqualTo(b.admin().get("/api/v1/alerts").json().size());

            // The same complaint acknowledged on both instances at once from the same version.
            String reference = references.getFirst();
            String version = a.admin()
                    .get("/api/v1/complaints/" + reference)
                    .json()
                    .get("version")
                    .asString();
            List<Api.Response> replies = together(List.of(
                    () -> a.admin()
                            .header("If-Match", "\"" + version + "\"")
                            .post(
                                    "/api/v1/complaints/" + reference + "/acknowledgement",
                                    acknowledgement("multi-hana")),
                    () -> b.admin()
                            .header("If-Match", "\"" + version + "\"")
                            .post(
                                    "/api/v1/complaints/" + reference + "/acknowledgement",
                                    acknowledgement("multi-tom"))));
            List<Integer> statuses =
                    replies.stream().map(Api.Response::status).sorted().toList();
            assertThat(statuses).as(replies.toString()).hasSize(2).first().isEqualTo(200);
            assertThat(statuses.get(1)).as(replies.toString()).isIn(409, 412);
            String winner = replies.get(0).status() == 200 ? "multi-hana" : "multi-tom";
            assertThat(b.admin()
                            .get("/api/v1/complaints/" + reference)
                            .json()
                            .get("handlers")
                            .get("stage1")
                            .asString())
                    .isEqualTo(winner);
        }
    }

    private static Map<String, Object> acknowledgement(String handler) {
        return Map.of(
                "acknowledgedAt",
                "2026-11-23T11:00:00Z",
                "handler",
                handler,
                "definition",
                Map.of(
                        "points", List.of(Map.of("summary", "The repair was not done", "outcomeSought", "Do it")),
                        "notResponsibleFor", List.of()));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().has("reference")
                ? response.json().get("reference").asString()
                : "";
    }

    /** Runs the calls at the same moment, one thread each, and returns their results in order. */
    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static int count(TestDatabase.Target database, String sql) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
