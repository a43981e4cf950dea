package org.putright.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The staff pages of the self-assessment and of learning, used as a person would: signed in,
 * forms posted with their CSRF token, no JavaScript.
 */
@PutrightIntegrationTest
class SelfAssessmentPagesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aManagerStartsCompletesAndDownloadsAnAssessmentFromThePages() {
        signIn();

        HttpResponse<String> list = get("/staff/self-assessments");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Start a self-assessment", "Record why a new assessment is needed");

        HttpResponse<String> started = post(
                "/staff/self-assessments",
                list.body(),
                Map.of("edition", "HOS-2024", "periodStart", "2022-04-01", "periodEnd", "2023-03-31"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Compliance summary", "Section 6: Complaints stages", "Code requirement", "Not answered")
                .contains("From the record.");

        HttpResponse<String> form = get(path + "/provisions/6.2");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("within five working days");
        HttpResponse<String> missingAction =
                post(path + "/provisions/6.2", form.body(), Map.of("comply", "NO", "version", "0"));
        assertThat(missingAction.statusCode()).isEqualTo(200);
        assertThat(missingAction.body()).contains("There is a problem", "complyBy");
        HttpResponse<String> saved = post(
                path + "/provisions/6.2",
                form.body(),
                Map.of(
                        "comply",
                        "YES",
                        "evidence",
                        "Letters on the record",
                        "links",
                        "https://example.org/policy",
                        "version",
                        "0"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(get(path).body()).contains("Letters on the record", "https://example.org/policy");

        HttpResponse<String> html = get(path + "/export?format=html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<th scope=\"col\">Commentary / explanation</th>");
        HttpResponse<String> csv = get(path + "/export?format=csv");
        assertThat(csv.body()).contains("6.2,Yes,");

        HttpResponse<String> learning = get("/staff/learning");
        assertThat(learning.statusCode()).isEqualTo(200);
        HttpResponse<String> lesson = post(
                "/staff/learning",
                learning.body(),
                Map.of(
                        "lesson", "Letters were hard to read",
                        "youSaid", "You said our letters were hard to read",
                        "improvement", "We rewrote our letters in plain English",
                        "owner", "admin",
                        "status", "DONE",
                        "madeOn", "2026-11-01"));
        assertThat(lesson.statusCode()).as(lesson.body()).isEqualTo(302);
        assertThat(Api.at(port)
                        .header("Accept", "text/html")
                        .get("/you-said-we-did")
                        .body())
                .contains("We rewrote our letters in plain English");
        assertThat(get("/staff").body()).contains("Self-assessments against the Code", "Learning from complaints");
    }

    private void signIn() {
        HttpResponse<String> login = get("/login");
        HttpResponse<String> signedIn =
                post("/login", login.body(), Map.of("username", "admin", "password", Api.ADMIN_PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    private HttpResponse<String> post(String path, String pageWithForm, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(pageWithForm);
        assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf.group(1));
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
