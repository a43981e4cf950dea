package org.putright.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff using the web pages over real HTTP, as a browser without JavaScript would:
 * cookies kept, the sign-in form posted with its CSRF token, every form posted with the token the
 * page it came from carried. Redirects are not followed, so tests see where each post leads.
 */
public final class StaffWeb {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final Map<String, String> headers;

    private StaffWeb(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Someone who has not signed in. */
    public static StaffWeb at(int port) {
        return new StaffWeb("http://localhost:" + port, Map.of());
    }

    /**
     * Someone who has not signed in, reaching Putright through a proxy on this machine that says
     * they are at {@code address} (X-Forwarded-For), as a TLS-terminating proxy would.
     */
    public static StaffWeb from(int port, String address) {
        return new StaffWeb("http://localhost:" + port, Map.of("X-Forwarded-For", address));
    }

    /** The value of a cookie this browser holds, or empty. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    /** Replaces a cookie this browser holds, e.g. to replay an old session id. */
    public StaffWeb withCookie(String name, String value) {
        cookies.getCookieStore().removeAll();
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    /** Signs in with the form at /login and fails unless it leads to the staff home page. */
    public static StaffWeb signedIn(int port, String username, String password) {
        StaffWeb web = at(port);
        Page response = web.post("/login", Map.of("username", username, "password", password), web.get("/login"));
        if (response.status() != 302 || !response.header("Location").endsWith("/staff")) {
            throw new AssertionError("Signing in as " + username + " failed: " + response);
        }
        return web;
    }

    public Page get(String path) {
        return send(request(path).GET());
    }

    /** Posts a form with the CSRF token of {@code from}, the page the form is on. */
    public Page post(String path, Map<String, String> fields, Page from) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", from.csrf());
        String body = all.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form without any CSRF token, as a forged request from another site would. */
    public Page postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form with one file, as a file upload field sends it. */
    public Page upload(
            String path, Map<String, String> fields, String fileField, String filename, byte[] content, Page from) {
        String boundary = "----putright" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", from.csrf());
        all.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html");
        headers.forEach(request::header);
        return request;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            return new Page(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A page as served: status, headers and HTML. */
    public record Page(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        /** The CSRF token of the first form on the page. */
        public String csrf() {
            Matcher matcher = CSRF.matcher(raw.body());
            if (!matcher.find()) {
                throw new AssertionError("No CSRF token on " + raw.uri() + ": " + this);
            }
            return matcher.group(1);
        }

        /** The value of the hidden or text input {@code name} in the page's form. */
        public String field(String name) {
            Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                    .matcher(raw.body());
            if (!matcher.find()) {
                throw new AssertionError("No field " + name + " on " + raw.uri());
            }
            return matcher.group(1);
        }

        /** The page's text without tags and with whitespace collapsed, for reading assertions. */
        public String text() {
            return raw.body()
                    .replaceAll("(?s)<script.*?</script>", " ")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&")
                    .replace("&pound;", "£")
                    .replaceAll("\\s+", " ");
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.uri() + " " + header("Location") + "\n" + text();
        }
    }
}
