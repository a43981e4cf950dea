package org.putright.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.putright.staff.Role;
import org.putright.staff.StaffDetails;
import org.putright.staff.StaffDirectory;
import org.putright.staff.Username;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo landlord's complaints team, one person per role, all with the same demo password. */
@Component
class DemoStaff {

    /** Shown in the README and the log; only ever used for the demo landlord. */
    static final String PASSWORD = "demo landlord password";

    private static final List<Person> TEAM = List.of(
            new Person("admin", "Alex Admin", Set.of(Role.ADMIN), null),
            new Person("hana", "Hana Patel", Set.of(Role.HANDLER), new BigDecimal("100.00")),
            new Person("tom", "Tom Okafor", Set.of(Role.HANDLER), new BigDecimal("100.00")),
            new Person("maria", "Maria Jones", Set.of(Role.MANAGER), new BigDecimal("1000.00")),
            new Person("mrc", "Councillor Sam Reid", Set.of(Role.GOVERNANCE), BigDecimal.ZERO));

    private final StaffDirectory directory;

    DemoStaff(StaffDirectory directory) {
        this.directory = directory;
    }

    @Transactional
    void ensure() {
        for (Person person : TEAM) {
            Username username = new Username(person.username());
            if (directory.find(username).isPresent()) {
                continue;
            }
            directory.add(
                    username,
                    new StaffDetails(
                            person.name(),
                            person.username() + "@demo.putright.org",
                            person.roles(),
                            person.compensationLimit(),
                            true),
                    PASSWORD);
        }
    }

    private record Person(
            String username,
            String name,
            Set<Role> roles,
            @org.jspecify.annotations.Nullable BigDecimal compensationLimit) {}
}
