package org.putright.casework.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import org.putright.complaint.Actor;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.springframework.stereotype.Component;

/** The signed-in member of staff as the actor of a step, and the staff who may handle complaints. */
@Component
class Caseworkers {

    private final StaffDirectory directory;

    Caseworkers(StaffDirectory directory) {
        this.directory = directory;
    }

    /** Whoever is signed in, with their compensation limit, as the API does it. */
    Actor actor(Principal principal) {
        StaffMember member = directory.get(new Username(principal.getName()));
        return new Actor(member.username().value(), member.compensationLimit());
    }

    /** Staff who can be named as a complaint's handler or an action's owner, by name. */
    List<StaffMember> handlers() {
        return directory.all().stream()
                .filter(StaffMember::canHandleComplaints)
                .sorted(Comparator.comparing(StaffMember::name))
                .toList();
    }

    /** Whether {@code username} names someone who can handle complaints. */
    boolean canHandle(String username) {
        return Username.isValid(username)
                && directory
                        .find(new Username(username))
                        .filter(StaffMember::canHandleComplaints)
                        .isPresent();
    }
}
