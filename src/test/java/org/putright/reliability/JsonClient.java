package org.putright.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as an integration calls it. A request whose connection fails (the instance was killed
 * before it answered) throws {@link IOException}: its outcome is unknown, which is exactly what
 * the crash harness must then find out from the record.
 */
final class JsonClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final String token;

    /** The client of the administrator, who holds {@link PutrightProcess#TOKEN}. */
    JsonClient() {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(3))
                        .version(HttpClient.Version.HTTP_1_1)
                        .build(),
                PutrightProcess.TOKEN);
    }

    private JsonClient(HttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** The same client acting as whoever holds {@code token}. */
    JsonClient as(String token) {
        return new JsonClient(client, token);
    }

    record Reply(int status, String body, Map<String, java.util.List<String>> headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        boolean ok() {
            return status == 200 || status == 201;
        }
    }

    Reply get(String base, String path) throws IOException, InterruptedException {
        return send(base, "GET", path, null, null);
    }

    /** GETs a document (a letter's PDF) as a browser would, accepting whatever it is. */
    int fetch(String base, String path) throws IOException, InterruptedException {
        return client.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60))
                                .header("Accept", "*/*")
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    Reply post(String base, String path, Object body, @Nullable String ifMatch)
            throws IOException, InterruptedException {
        return send(base, "POST", path, body, ifMatch);
    }

    private Reply send(String base, String method, String path, @Nullable Object body, @Nullable String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(), response.body(), response.headers().map());
    }
}
