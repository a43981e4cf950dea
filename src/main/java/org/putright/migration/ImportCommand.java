package org.putright.migration;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar putright.jar import complaints.csv [--skip-bad-rows]}: imports a file against the
 * configured database without opening an HTTP port, starting scheduled work or the demo landlord, prints
 * its progress and a summary with every bad row, and exits with a status saying how it went.
 */
@Component
@ConditionalOnProperty(name = "putright.command", havingValue = ImportCommand.NAME)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "import";

    /** Every good row imported. */
    static final int IMPORTED = 0;
    /** The import could not run: no such file, no database, a failure part-way. */
    static final int FAILED = 1;
    /** The file had bad rows and nothing was imported. */
    static final int REJECTED = 2;
    /** The good rows were imported and the bad ones skipped, as asked. */
    static final int IMPORTED_SKIPPING_BAD_ROWS = 3;

    private static final String USAGE = "Usage: java -jar putright.jar import FILE.csv [--skip-bad-rows]";

    private final Importer importer;
    private final PrintStream out = System.out;
    private int exitCode = FAILED;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    /** Runs the command in an application context of its own and returns the exit status. */
    public static int run(Class<?> application, String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        // Command-line properties outrank application.yml and the environment's PUTRIGHT_DEMO. The
        // web application context is still built (security and the pages' beans need it), but
        // port -1 opens no HTTP port at all.
        arguments.addAll(List.of(
                "--server.port=-1",
                "--putright.command=" + NAME,
                "--putright.demo=false",
                "--putright.scheduling=false",
                // Spring Modulith's moments turn scheduling on by themselves.
                "--spring.modulith.moments.enabled=false",
                "--logging.structured.format.console=",
                "--logging.level.root=ERROR"));
        try {
            ConfigurableApplicationContext context =
                    new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            System.err.println("Import failed: " + rootCause(e));
            return FAILED;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getNonOptionArgs().stream()
                .filter(arg -> !arg.equals(NAME))
                .toList();
        if (files.size() != 1) {
            System.err.println(USAGE);
            exitCode = FAILED;
            return;
        }
        Path file = Path.of(files.getFirst());
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            exitCode = FAILED;
            return;
        }
        boolean skip = args.containsOption("skip-bad-rows");
        long started = System.nanoTime();
        out.println("Importing " + file + (skip ? ", skipping bad rows" : ""));
        ImportReport report = importer.run(file, skip, "import", (phase, done, total) -> {
            double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            out.println(
                    phase == ImportProgress.Phase.CHECKING
                            ? String.format(Locale.ROOT, "Checked %,d rows", done)
                            : String.format(
                                    Locale.ROOT,
                                    "Imported %,d of %,d rows (%d%%), %d:%02d elapsed, %,.0f rows/s",
                                    done,
                                    total,
                                    total == 0 ? 100 : done * 100 / total,
                                    (long) seconds / 60,
                                    (long) seconds % 60,
                                    done / seconds));
        });
        for (RowProblem problem : report.problems()) {
            out.println("line " + problem.line() + ": " + problem.reason());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println(summary(report, seconds));
        exitCode = switch (report.outcome()) {
            case REJECTED -> REJECTED;
            case IMPORTED -> report.skipped() > 0 ? IMPORTED_SKIPPING_BAD_ROWS : IMPORTED;
        };
    }

    static String summary(ImportReport report, double seconds) {
        return switch (report.outcome()) {
            case REJECTED ->
                String.format(
                        Locale.ROOT,
                        "Nothing imported: %,d of %,d rows are bad (%,d problems). Correct them, or import the"
                                + " rest with --skip-bad-rows.",
                        report.problems().stream()
                                .map(RowProblem::line)
                                .distinct()
                                .count(),
                        report.rows(),
                        report.problems().size());
            case IMPORTED ->
                String.format(
                        Locale.ROOT,
                        "Imported %,d complaints from %,d rows in %.1f s; %,d were imported before; %,d bad rows"
                                + " skipped.",
                        report.imported(),
                        report.rows(),
                        seconds,
                        report.alreadyImported(),
                        report.skipped());
        };
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
