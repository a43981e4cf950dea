package org.putright.system;

import java.io.PrintStream;
import java.util.List;

/**
 * A job the jar runs from the command line instead of serving, chosen by its first argument
 * ({@code java -jar putright.jar NAME ...}). Each module that offers one declares a bean; {@link
 * CommandLineModes} starts Putright without its web server, runs the one named and exits with
 * its status.
 */
public interface CommandLineMode {

    /** The first argument that selects this mode, e.g. {@code verify-integrity}. */
    String name();

    /** One line for the list of modes. */
    String description();

    /**
     * Runs the mode.
     *
     * @param arguments the arguments after the mode's name
     * @return the process's exit status: 0 for success
     */
    int run(List<String> arguments, PrintStream out);
}
