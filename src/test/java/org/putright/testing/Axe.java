package org.putright.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run inside the page by its own script ({@code axe.min.js}, shipped in Deque's
 * {@code com.deque.html.axe-core:selenium} jar and used without the rest of that library).
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
    private static final String TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']";

    private static final String SOURCE = load();

    private Axe() {}

    /** Each violation as "rule: help (the elements it found)"; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(SOURCE);
        Object result = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))"
                + ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));");
        List<String> violations = new ArrayList<>();
        for (Object each : (List<Object>) result) {
            Map<String, Object> violation = (Map<String, Object>) each;
            violations.add(violation.get("id") + ": " + violation.get("help") + " " + violation.get("nodes"));
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
