package org.putright.demo;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * The demo landlord's progress on standard output, for the person who just typed the run command:
 * on a terminal, one line redrawn in place,
 * {@code Demo landlord: [##########----------] 210/420 complaints}; anywhere else (a log file, a
 * CI job), a line at every tenth of the way, so nothing fills up with redraws.
 */
final class ProgressBar {

    private static final int WIDTH = 20;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private int done;
    private int printedTenth = -1;

    ProgressBar(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** On standard output, redrawn in place only when that is a terminal. */
    static ProgressBar onStandardOutput(int total) {
        return new ProgressBar(System.out, standardOutputIsTerminal(), total);
    }

    void start() {
        show();
    }

    void advance() {
        done = Math.min(total, done + 1);
        show();
    }

    /** Ends the bar's line and prints {@code summary} below it. */
    void finish(String summary) {
        if (terminal) {
            out.println();
        }
        out.println(summary);
        out.flush();
    }

    String line() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        return "Demo landlord: [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " complaints";
    }

    private void show() {
        if (terminal) {
            out.print("\r" + line());
            out.flush();
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != printedTenth) {
            printedTenth = tenth;
            out.println(line());
            out.flush();
        }
    }

    /**
     * Whether standard output goes to a terminal. Before Java 22 {@link System#console()} is null
     * unless it does; from Java 22 it is there regardless, and {@code Console.isTerminal()} (not in
     * the Java 21 API this is compiled against) tells.
     */
    @SuppressWarnings("SystemConsoleNull") // Handled: null before Java 22, isTerminal() from then on.
    static boolean standardOutputIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
