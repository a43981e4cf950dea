package org.putright;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Putright: complaints case management for social housing landlords, compliant with the Housing
 * Ombudsman's Complaint Handling Code by construction.
 *
 * <p>Each top-level package below this one is a module of one capability (see the README's module
 * map); {@code system} is the shared shell every other module may use.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "system")
public class PutrightApplication {

    public static void main(String[] args) {
        SpringApplication.run(PutrightApplication.class, args);
    }
}
