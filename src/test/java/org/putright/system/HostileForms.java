package org.putright.system;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.putright.testing.WebRoutes;

/**
 * Hostile input for the pages' forms, as a browser without JavaScript posts them: the forms are
 * found by crawling the pages (as the administrator, and as a resident for the portal), and every
 * form mapping of the controllers is attacked whether or not the crawl reached it, so a new form
 * cannot be missed. Each form is posted with every hostile value in all its fields at once and in
 * each field alone, with a valid CSRF token, so that the value reaches the controller.
 */
final class HostileForms {

    /** Values that are percent-encoded already: bytes no Java string can hold (invalid or overlong UTF-8). */
    private static final String ENCODED = "encoded:";

    private static final String OVERSIZED = "2.5 MB body";

    static final Map<String, String> VALUES = values();

    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
    private static final Pattern METHOD = Pattern.compile("method=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)[^\"]*\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final Map<String, String> extraHeaders;
    private String csrf = "";
    int requests;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final Map<String, Set<String>> crawledForms = new TreeMap<>();
    final List<String> brokenPages = new ArrayList<>();

    private HostileForms(int port, Map<String, String> extraHeaders) {
        this.base = "http://localhost:" + port;
        this.extraHeaders = extraHeaders;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A browser signed in with the form, reaching Putright from its own made-up address. */
    static HostileForms signedIn(int port, String username, String password) {
        HostileForms forms = new HostileForms(port, Map.of("X-Forwarded-For", "192.0.2.200"));
        HttpResponse<String> login = forms.get("/login");
        forms.csrf = token(login.body());
        HttpResponse<String> signedIn =
                forms.post("/login", "username=" + encode(username) + "&password=" + encode(password));
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/staff")) {
            throw new AssertionError("Could not sign in as " + username + ": " + signedIn.statusCode());
        }
        forms.csrf = token(forms.get("/staff").body());
        return forms;
    }

    /** A visitor who has not signed in: a resident on the portal. */
    static HostileForms anonymous(int port) {
        HostileForms forms = new HostileForms(port, Map.of("X-Forwarded-For", "192.0.2.201"));
        forms.csrf = token(forms.get("/track").body());
        return forms;
    }

    /** Visits pages from the seeds, following links within Putright, and notes each form's action and fields. */
    void crawl(List<String> seeds, int maximumPages) {
        Deque<String> queue = new ArrayDeque<>(seeds);
        Set<String> visited = new LinkedHashSet<>();
        while (!queue.isEmpty() && visited.size() < maximumPages) {
            String path = queue.removeFirst();
            if (!visited.add(path) || path.matches(".*(/logout|\\.csv|/pdf|/docx|/export|/file|/letters/).*")) {
                continue;
            }
            HttpResponse<String> page;
            try {
                page = get(path);
            } catch (UncheckedIOException e) {
                // The page failed after it had started: a server error the status line could not show.
                brokenPages.add(path + ": " + e.getMessage());
                continue;
            }
            if (page.statusCode() != 200
                    || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher form = FORM.matcher(page.body());
            while (form.find()) {
                Matcher method = METHOD.matcher(form.group(1));
                Matcher action = ACTION.matcher(form.group(1));
                if (method.find() && method.group(1).equalsIgnoreCase("post") && action.find()) {
                    Set<String> fields = crawledForms.computeIfAbsent(
                            action.group(1).replace("&amp;", "&"), any -> new LinkedHashSet<>());
                    Matcher field = FIELD.matcher(form.group(2));
                    while (field.find()) {
                        if (!field.group(1).equals("_csrf")) {
                            fields.add(field.group(1));
                        }
                    }
                }
            }
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                String next = link.group(1);
                if (!next.startsWith("/webjars") && !next.startsWith("/assets") && !next.startsWith("/api")) {
                    queue.addLast(next);
                }
            }
        }
    }

    /**
     * The forms to attack: every crawled form, and for each form mapping no crawled action
     * matched, the mapping with its path variables filled and the fields its handler declares.
     */
    Map<String, Set<String>> targets(
            List<WebRoutes.Route> mappings, Map<String, String> pathValues, List<String> notes) {
        Map<String, Set<String>> targets = new TreeMap<>(crawledForms);
        for (WebRoutes.Route route : mappings) {
            Pattern matches = Pattern.compile(
                    route.pattern().replaceAll("\\{[^}:]+:([^}]+)}", "$1").replaceAll("\\{[^}]+}", "[^/]+"));
            boolean crawled = crawledForms.keySet().stream()
                    .anyMatch(action -> matches.matcher(action).matches());
            if (!crawled) {
                String path = route.pattern();
                for (Map.Entry<String, String> value : pathValues.entrySet()) {
                    path = path.replace("{" + value.getKey() + "}", value.getValue());
                }
                path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                Set<String> fields = new LinkedHashSet<>(route.fields());
                if (fields.isEmpty()) {
                    fields.addAll(List.of("note", "description", "date", "name"));
                }
                targets.put(path, fields);
                notes.add("form not reached by crawling, attacked by its mapping: " + route + " as " + path);
            }
        }
        return targets;
    }

    /** Posts every hostile value into each form: all fields at once, then each field alone. */
    void attack(Map<String, Set<String>> targets, SoftAssertions softly) {
        for (Map.Entry<String, Set<String>> target : targets.entrySet()) {
            List<String> fields = new ArrayList<>(target.getValue());
            for (Map.Entry<String, String> value : VALUES.entrySet()) {
                send(target.getKey(), fields, fields, value, softly);
                if (fields.size() > 1) {
                    for (String field : fields) {
                        send(target.getKey(), fields, List.of(field), value, softly);
                    }
                }
            }
            send(target.getKey(), fields, fields, Map.entry(OVERSIZED, "x".repeat(2_500_000)), softly);
        }
    }

    private void send(
            String action,
            List<String> fields,
            List<String> hostile,
            Map.Entry<String, String> value,
            SoftAssertions softly) {
        String encoded = value.getValue().startsWith(ENCODED)
                ? value.getValue().substring(ENCODED.length())
                : encode(value.getValue());
        String body = fields.stream()
                .map(field -> encode(field) + "=" + (hostile.contains(field) ? encoded : "ordinary"))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response;
        requests++;
        try {
            response = post(action, body.isEmpty() ? "x=" + encoded : body);
        } catch (UncheckedIOException e) {
            if (value.getKey().equals(OVERSIZED)) {
                // Tomcat refuses a form over its 2 MB limit and closes the connection without reading
                // the rest, which the client sees as a broken answer: a refusal, not a failure.
                statuses.merge(0, 1, Integer::sum);
                return;
            }
            softly.fail("The answer broke off (a failure after the page had started) for POST " + action + " with "
                    + value.getKey() + " in " + (hostile.size() > 1 ? "every field" : hostile) + ": " + e.getMessage());
            return;
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        String context =
                "POST " + action + " with " + value.getKey() + " in " + (hostile.size() > 1 ? "every field" : hostile)
                        + " -> " + response.statusCode() + " " + prefix(response.body());
        softly.assertThat(response.statusCode())
                .as("never a server error: " + context)
                .isLessThan(500);
        softly.assertThat(response.headers().firstValue("X-Injected"))
                .as("no header injected: " + context)
                .isEmpty();
        softly.assertThat(response.headers().allValues("Set-Cookie").toString())
                .as("no cookie injected: " + context)
                .doesNotContain("injected");
    }

    private HttpResponse<String> get(String path) {
        return execute(request(path).GET());
    }

    private HttpResponse<String> post(String path, String body) {
        String withToken = "_csrf=" + encode(csrf) + "&" + body;
        return execute(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(withToken)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html");
        extraHeaders.forEach(request::header);
        return request;
    }

    private HttpResponse<String> execute(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String prefix(String text) {
        String flat = text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("SQL injection", "' OR 1=1--");
        values.put("SQL injection, stacked", "'; DROP TABLE complaint; --");
        values.put("SQL injection, union", "1' UNION SELECT password_hash FROM staff--");
        values.put("script element", "<script>window.__hostile=1</script>");
        values.put("onerror attribute", "\"><img src=x onerror=\"window.__hostile=1\">");
        values.put("javascript: URL", "javascript:window.__hostile=1");
        values.put("svg onload", "<svg/onload=alert(1)>");
        values.put("template injection", "[[${T(java.lang.Runtime).getRuntime()}]] ${7*7} __${7*7}__::x");
        values.put("CRLF header injection", "x\r\nX-Injected: 1\r\nSet-Cookie: injected=1");
        values.put("encoded CRLF", ENCODED + "x%0d%0aX-Injected:%201");
        values.put("path traversal", "../../../../etc/passwd");
        values.put("windows path traversal", "..\\..\\..\\windows\\win.ini");
        values.put("encoded traversal", ENCODED + "%2e%2e%2f%2e%2e%2fetc%2fpasswd");
        values.put("overlong UTF-8", ENCODED + "%C0%AE%C0%AE%C0%AF");
        values.put("invalid UTF-8", ENCODED + "%C3%28%FF%FE");
        values.put("UTF-8 encoded surrogate", ENCODED + "%ED%A0%80");
        values.put("NUL", "before\u0000after");
        values.put("RTL override", "\u202Eevil\u202C");
        values.put("combining characters", "e" + "\u0301".repeat(200));
        values.put("emoji", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
        values.put("zero-width and BOM", "\u200B\uFEFFx\u200D");
        values.put("negative number", "-1");
        values.put("huge number", "99999999999999999999");
        values.put("impossible date", "2024-02-30");
        values.put("not a number", "NaN");
        values.put("100,000 characters", "y".repeat(100_000));
        values.put("unknown enum value", "NOT_A_VALUE");
        values.put("format string", "%s%s%s%n%x");
        values.put("LDAP/JNDI lookup", "${jndi:ldap://127.0.0.1/x}");
        return values;
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "%d form requests, statuses %s (0: over the size limit, connection closed)",
                requests,
                statuses);
    }
}
