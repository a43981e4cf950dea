package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.putright.testing.Api;
import org.putright.testing.Caseload;
import org.putright.testing.RecordSnapshot;
import org.putright.testing.RunningPutright;
import org.putright.testing.TableData;
import org.putright.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An upgrade keeps the record: a database at the last shipped schema (V10_1), holding a caseload
 * written by the Putright of that schema (src/test/resources/upgrade/v10_1: every table's rows, and
 * what its API served), is migrated by today's Putright on start-up and then serves every
 * complaint, timeline and letter as it did, and carries on working.
 *
 * <p>When a release ships, capture its data for the next upgrade test with {@code -Dit.test=FlywayUpgradeIT
 * -Dputright.upgrade.capture=src/test/resources/upgrade/vNN_N} (H2 run) and move {@link #SHIPPED}.
 */
class FlywayUpgradeIT {

    /** The last schema version shipped before this one. */
    static final String SHIPPED = "10.1";

    private static final String FIXTURE = "/upgrade/v10_1/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void dataWrittenUnderTheShippedSchemaReadsBackTheSameAfterTheUpgrade() throws Exception {
        TestDatabase.Target database = TestDatabase.freshDatabase();
        var flyway = Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .target(SHIPPED);
        if (database.schema() != null) {
            flyway.schemas(database.schema());
        }
        flyway.load().migrate();
        try (Connection connection = database.connect()) {
            TableData.load(connection, resource("data.json"));
        }
        JsonNode served = JSON.readTree(resource("api.json"));

        try (RunningPutright putright = RunningPutright.on(database)) {
            Api admin = putright.admin();
            List<String> references = new ArrayList<>(served.get("complaints").propertyNames());
            assertThat(references).hasSize(5);
            RecordSnapshot now = RecordSnapshot.of(admin, references);
            for (String reference : references) {
                JsonNode before = served.get("complaints").get(reference);
                JsonNode after = JSON.readTree(now.complaints().get(reference));
                assertStillServed(reference, before, after);
            }
            // Stored letters are served byte for byte as issued.
            served.get("letters").properties().forEach(letter -> assertThat(now.letters())
                    .containsEntry(letter.getKey(), letter.getValue().asString()));

            // The upgraded record takes new work: a step on an old complaint, and a new complaint
            // whose reference follows on from the old ones.
            Api.Response step = admin.post(
                    "/api/v1/complaints/" + references.get(1) + "/correspondence",
                    Map.of(
                            "direction",
                            "OUT",
                            "party",
                            "RESIDENT",
                            "channel",
                            "EMAIL",
                            "summary",
                            "Update after the upgrade",
                            "body",
                            "Still in hand."));
            assertThat(step.status()).as(step.toString()).isEqualTo(200);
            Api.Response next = admin.post(
                    "/api/v1/complaints",
                    Map.of(
                            "channel",
                            "EMAIL",
                            "description",
                            "After the upgrade",
                            "resident",
                            Map.of("name", "Bea Khan", "email", "bea@example.org")));
            assertThat(next.status()).as(next.toString()).isEqualTo(201);
            assertThat(references).doesNotContain(next.json().get("reference").asString());
        }
    }

    /**
     * Everything the old API served is still served with the same value; fields added since are
     * welcome (API.md: add, don't rename). A timeline entry's summary is prose written when it is
     * read, so its wording may improve; when, by whom and what happened may not change.
     */
    private static void assertStillServed(String path, JsonNode before, JsonNode after) {
        if (before.isObject()) {
            assertThat(after.isObject()).as(path).isTrue();
            for (var field : before.properties()) {
                if (path.contains(".timeline[") && field.getKey().equals("summary")) {
                    continue;
                }
                assertThat(after.has(field.getKey()))
                        .as(path + "." + field.getKey())
                        .isTrue();
                assertStillServed(path + "." + field.getKey(), field.getValue(), after.get(field.getKey()));
            }
        } else if (before.isArray()) {
            assertThat(after.size()).as(path + " length").isEqualTo(before.size());
            for (int i = 0; i < before.size(); i++) {
                assertStillServed(path + "[" + i + "]", before.get(i), after.get(i));
            }
        } else {
            assertThat(after).as(path).isEqualTo(before);
        }
    }

    /** Writes the fixture of this build's schema: run once on H2 when a schema version ships. */
    @Test
    @EnabledIfSystemProperty(named = "putright.upgrade.capture", matches = ".+")
    void captureTheShippedSchemasData() throws Exception {
        Path directory = Path.of(System.getProperty("putright.upgrade.capture"));
        Files.createDirectories(directory);
        TestDatabase.Target database = TestDatabase.freshDatabase();
        try (RunningPutright putright = RunningPutright.on(database)) {
            List<String> references = Caseload.make(putright.admin());
            RecordSnapshot snapshot = RecordSnapshot.of(putright.admin(), references);
            ObjectNode served = JsonNodeFactory.instance.objectNode();
            ObjectNode complaints = served.putObject("complaints");
            snapshot.complaints().forEach((reference, body) -> complaints.set(reference, JSON.readTree(body)));
            ObjectNode letters = served.putObject("letters");
            snapshot.letters().entrySet().stream()
                    .filter(letter -> letter.getKey().endsWith("(pdf sha-256)"))
                    .forEach(letter -> letters.put(letter.getKey(), letter.getValue()));
            Files.writeString(
                    directory.resolve("api.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served));
            try (Connection connection = database.connect()) {
                Files.writeString(directory.resolve("data.json"), TableData.capture(connection));
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FlywayUpgradeIT.class.getResourceAsStream(FIXTURE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + FIXTURE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
