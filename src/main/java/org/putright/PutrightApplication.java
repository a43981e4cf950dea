package org.putright;

import org.putright.demo.ImportFileGenerator;
import org.putright.migration.ImportCommand;
import org.putright.system.CommandLineModes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Putright: complaints case management for social housing landlords, compliant with the Housing
 * Ombudsman's Complaint Handling Code by construction.
 *
 * <p>Each top-level package below this one is a module of one capability (see the README's module
 * map); {@code system} is the shared shell every other module may use.
 */
@SpringBootApplication
@Modulithic(sharedModules = "system")
public class PutrightApplication {

    public static void main(String[] args) {
        // One-off commands share the jar: import a file of historic complaints, or write one;
        // any other first word names a mode such as verify-integrity.
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(PutrightApplication.class, args));
        }
        if (args.length > 0 && args[0].equals(ImportFileGenerator.COMMAND)) {
            System.exit(ImportFileGenerator.run(args));
        }
        if (CommandLineModes.selected(args)) {
            System.exit(CommandLineModes.run(PutrightApplication.class, args, System.out));
        }
        SpringApplication.run(PutrightApplication.class, args);
    }
}
