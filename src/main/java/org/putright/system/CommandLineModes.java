package org.putright.system;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Putright for a {@link CommandLineMode} rather than as a server: no HTTP port, no demo
 * landlord, quiet logs, and the mode's exit status. The first argument names the mode; arguments
 * of the form {@code --name=value} stay Spring properties (e.g. {@code --spring.datasource.url=...}).
 */
public final class CommandLineModes {

    /** Exit status when the mode named does not exist. */
    static final int UNKNOWN_MODE = 2;

    private CommandLineModes() {}

    /** Whether the arguments name a mode (anything but a Spring property or none at all). */
    public static boolean selected(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs the mode the first argument names and returns its exit status. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        String name = args[0];
        List<String> arguments = new ArrayList<>();
        List<String> properties = new ArrayList<>(List.of(
                "--putright.demo=false",
                // No HTTP endpoint is opened: the context stays a web one only because the
                // security and problem beans are built on Spring MVC's (Spring Boot's documented
                // way of running a web application without listening).
                "--server.port=-1",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN"));
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            (arg.startsWith("--") && arg.contains("=") ? properties : arguments).add(arg);
        }
        SpringApplication spring = new SpringApplication(application);
        try (ConfigurableApplicationContext context = spring.run(properties.toArray(String[]::new))) {
            List<CommandLineMode> modes = context.getBeansOfType(CommandLineMode.class).values().stream()
                    .sorted(Comparator.comparing(CommandLineMode::name))
                    .toList();
            for (CommandLineMode mode : modes) {
                if (mode.name().equals(name)) {
                    return mode.run(List.copyOf(arguments), out);
                }
            }
            out.println("Unknown mode '" + name + "'. Modes:");
            modes.forEach(mode -> out.println("  " + mode.name() + "  " + mode.description()));
            return UNKNOWN_MODE;
        }
    }
}
