package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The record's hash chain (ADR 0011) against someone editing the database directly: a changed
 * payload, two entries swapped, an entry deleted, the last entry deleted, an entry rewritten
 * with fresh hashes, hashes wiped. Each is named by the API and by the command-line check.
 */
@PutrightIntegrationTest
class TimelineIntegrityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerifyIntegrityMode verifyMode;

    @Autowired
    RecordIntegrity integrity;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = Api.at(port).asAdmin();
    }

    @Test
    void anUntouchedRecordIsIntactAndNamesItsHead() {
        String reference = closedComplaint();

        JsonNode result = check(reference);

        assertThat(result.get("intact").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("entries").asInt()).isEqualTo(4);
        assertThat(result.get("findings").isEmpty()).isTrue();
        assertThat(result.get("head").asString())
                .isEqualTo(hashOf(reference, 4, "chain_hash"))
                .hasSize(64);
    }

    @Test
    void aChangedPayloadIsReportedAsAltered() {
        String reference = closedComplaint();
        jdbc.sql("update complaint_event set payload = replace(payload, 'three weeks', 'one day')"
                        + " where reference = :reference and sequence = 1")
                .param("reference", reference)
                .update();

        JsonNode result = check(reference);

        assertThat(result.get("intact").asBoolean()).isFalse();
        assertThat(findings(result)).containsExactly("1 ALTERED");
    }

    @Test
    void twoSwappedEntriesAreReportedAsReordered() {
        String reference = closedComplaint();
        renumber(reference, 2, 99);
        renumber(reference, 3, 2);
        renumber(reference, 99, 3);

        JsonNode result = check(reference);

        assertThat(findings(result)).containsExactly("2 REORDERED", "3 REORDERED");
        assertThat(result.get("findings").get(0).get("explanation").asString()).contains("recorded as entry 3");
    }

    @Test
    void aDeletedEntryIsReportedAsRemoved() {
        String reference = closedComplaint();
        delete(reference, 2);

        assertThat(findings(check(reference))).containsExactly("2 REMOVED");
    }

    @Test
    void theLastEntryDeletedIsReportedAsRemoved() {
        String reference = closedComplaint();
        delete(reference, 4);

        assertThat(findings(check(reference))).containsExactly("4 REMOVED");
    }

    @Test
    void anEntryRewrittenWithFreshHashesBreaksTheLinkToTheNext() {
        String reference = closedComplaint();
        // Someone who knows the scheme changes entry 2 and recomputes its own hashes: entry 3
        // still holds the old hash of entry 2.
        jdbc.sql("update complaint_event set payload = replace(payload, 'Repair delay', 'Nothing')"
                        + " where reference = :reference and sequence = 2")
                .param("reference", reference)
                .update();
        TimelineEntry entry = entries(reference).get(1);
        String content = entry.recomputedContentHash(new ComplaintReference(reference));
        jdbc.sql("update complaint_event set content_hash = :content, chain_hash = :chain"
                        + " where reference = :reference and sequence = 2")
                .param("content", content)
                .param("chain", ChainHashes.chainOf(java.util.Objects.requireNonNull(entry.previousHash()), 2, content))
                .param("reference", reference)
                .update();

        JsonNode result = check(reference);

        assertThat(findings(result)).containsExactly("2 ALTERED");
        assertThat(result.get("findings").get(0).get("explanation").asString()).contains("entry 3 recorded");
    }

    @Test
    void wipedHashesAreReportedAsAltered() {
        String reference = closedComplaint();
        jdbc.sql("update complaint_event set content_hash = null, chain_hash = null"
                        + " where reference = :reference and sequence = 3")
                .param("reference", reference)
                .update();

        assertThat(findings(check(reference))).containsExactly("3 ALTERED");
    }

    @Test
    void aRedactedRecordStillVerifiesAndShowsItsRedactedEntries() {
        String reference = closedComplaint();

        List<Integer> redacted =
                integrity.redact(new ComplaintReference(reference), "retention test", new Actor("admin", null));
        JsonNode result = check(reference);

        assertThat(redacted).containsExactly(1, 2, 3, 4);
        assertThat(result.get("intact").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("entries").asInt()).isEqualTo(5);
        assertThat(result.get("redacted").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(1, 2, 3, 4);
        String complaint = admin.get("/api/v1/complaints/" + reference).body();
        assertThat(complaint).doesNotContain("three weeks").doesNotContain("Repair delay");
        assertThat(complaint).contains("PersonalDataRedacted").contains("CLOSED");
    }

    @Test
    void anEntryMarkedRedactedWithoutARecordedRedactionIsReportedAsAltered() {
        String reference = closedComplaint();
        jdbc.sql("update complaint_event set payload = replace(payload, 'three weeks', 'one day'),"
                        + " redacted_at = current_timestamp where reference = :reference and sequence = 1")
                .param("reference", reference)
                .update();

        assertThat(findings(check(reference))).containsExactly("1 ALTERED");
    }

    @Test
    void recordsKeptBeforeTheChainAreChainedAndThenVerify() {
        String reference = closedComplaint();
        jdbc.sql("update complaint_event set content_hash = null, previous_hash = null, chain_hash = null"
                        + " where reference = :reference")
                .param("reference", reference)
                .update();

        while (integrity.chainUnchained(50) > 0) {
            // until every record is chained
        }

        assertThat(check(reference).get("intact").asBoolean()).isTrue();
    }

    @Test
    void theCommandLineCheckNamesEveryFailureAndExitsNonZero() {
        String intact = closedComplaint();
        String altered = closedComplaint();
        delete(altered, 2);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = verifyMode.run(List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(status).isEqualTo(1);
        assertThat(output).contains(altered + ": FAILED").contains("entry 2 REMOVED");
        assertThat(output).doesNotContain(intact + ":");
        assertThat(output).containsPattern("Checked \\d+ complaints: \\d+ intact, [1-9]\\d* failed");
    }

    @Test
    void anUnknownComplaintIsNotFound() {
        assertThat(admin.get("/api/v1/complaints/CMP-2099-999999/integrity").status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/complaints/nonsense/integrity").status()).isEqualTo(404);
    }

    private JsonNode check(String reference) {
        Api.Response response = admin.get("/api/v1/complaints/" + reference + "/integrity");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> findings(JsonNode result) {
        return result.get("findings")
                .valueStream()
                .map(finding -> finding.get("sequence").asInt() + " "
                        + finding.get("kind").asString())
                .toList();
    }

    private String hashOf(String reference, int sequence, String column) {
        return jdbc.sql("select " + column
                        + " from complaint_event where reference = :reference and sequence = :sequence")
                .param("reference", reference)
                .param("sequence", sequence)
                .query(String.class)
                .single();
    }

    @Autowired
    TimelineStore store;

    private List<TimelineEntry> entries(String reference) {
        return store.entries(new ComplaintReference(reference));
    }

    private void renumber(String reference, int from, int to) {
        jdbc.sql("update complaint_event set sequence = :to where reference = :reference and sequence = :from")
                .param("to", to)
                .param("from", from)
                .param("reference", reference)
                .update();
    }

    private void delete(String reference, int sequence) {
        jdbc.sql("delete from complaint_event where reference = :reference and sequence = :sequence")
                .param("reference", reference)
                .param("sequence", sequence)
                .update();
    }

    /** Received, acknowledged, responded, closed: four entries. */
    private String closedComplaint() {
        Map<String, Object> body = new HashMap<>();
        body.put("receivedAt", "2024-06-03T09:00:00+01:00");
        body.put("channel", "EMAIL");
        body.put("resident", Map.of("name", "Grace Hopper", "email", "grace@example.org"));
        body.put("description", "The repair to my boiler took three weeks.");
        body.put("category", "REPAIRS");
        Api.Response created = admin.post("/api/v1/complaints", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/acknowledgement",
                Map.of(
                        "acknowledgedAt",
                        "2024-06-05T10:00:00+01:00",
                        "handler",
                        "admin",
                        "definition",
                        Map.of(
                                "points",
                                List.of(Map.of("summary", "Repair delay", "outcomeSought", "Put it right"))))));
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/response",
                Map.of(
                        "respondedAt",
                        "2024-06-14T12:00:00+01:00",
                        "findings",
                        List.of(Map.of("point", 1, "upheld", true, "reasons", "The repair log shows it.")))));
        ok(admin.post(
                "/api/v1/complaints/" + reference + "/closure",
                Map.of("closedAt", "2024-06-17T09:00:00+01:00", "note", "Resident content")));
        return reference;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
