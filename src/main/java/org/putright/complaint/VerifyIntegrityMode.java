package org.putright.complaint;

import java.io.PrintStream;
import java.util.List;
import org.putright.system.CommandLineMode;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar putright.jar verify-integrity}: checks every complaint's record against its
 * hash chain (ADR 0011), prints each failing entry and a summary, and exits 1 when any fails.
 * {@code --quiet} leaves out the intact ones' lines (they are not printed by default either;
 * {@code --verbose} prints one line per complaint).
 */
@Component
class VerifyIntegrityMode implements CommandLineMode {

    static final int FAILED = 1;

    private final RecordIntegrity integrity;

    VerifyIntegrityMode(RecordIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    public String name() {
        return "verify-integrity";
    }

    @Override
    public String description() {
        return "check every complaint's record against its hash chain; exits 1 on any altered, reordered or removed entry";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        boolean verbose = arguments.contains("--verbose") || arguments.contains("-v");
        RecordIntegrity.IntegritySummary summary = integrity.checkAll(result -> {
            if (!result.intact()) {
                out.println(result.reference() + ": FAILED");
                result.findings()
                        .forEach(finding -> out.println(
                                "  entry " + finding.sequence() + " " + finding.kind() + ": " + finding.explanation()));
            } else if (verbose) {
                out.println(result.reference() + ": intact (" + result.entries() + " entries"
                        + (result.redacted().isEmpty()
                                ? ""
                                : ", " + result.redacted().size() + " redacted") + ")");
            }
        });
        out.println("Checked " + summary.checked() + " complaints: "
                + (summary.checked() - summary.failing().size()) + " intact, "
                + summary.failing().size() + " failed, "
                + summary.withRedactions() + " with redacted entries.");
        return summary.intact() ? 0 : FAILED;
    }
}
