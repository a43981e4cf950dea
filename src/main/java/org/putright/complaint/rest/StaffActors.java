package org.putright.complaint.rest;

import java.security.Principal;
import org.putright.complaint.Actor;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Component;

/** Turns the signed-in member of staff into the actor of a step, and checks named handlers. */
@Component
class StaffActors {

    private final StaffDirectory directory;

    StaffActors(StaffDirectory directory) {
        this.directory = directory;
    }

    Actor of(Principal principal) {
        StaffMember member = directory.get(new Username(principal.getName()));
        return new Actor(member.username().value(), member.compensationLimit());
    }

    /** The username of an enabled member of staff who may handle complaints. */
    String handler(String username, String field) {
        if (!Username.isValid(username)) {
            throw new InvalidInput(field, "'" + username + "' is not a username");
        }
        StaffMember member = directory
                .find(new Username(username))
                .orElseThrow(() -> new InvalidInput(field, "there is no member of staff called " + username));
        if (!member.canHandleComplaints()) {
            throw new InvalidInput(field, username + " cannot handle complaints (needs the HANDLER role)");
        }
        return username;
    }
}
