package org.putright.staff.web;

import java.security.Principal;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in member of staff's home page, however they signed in (form or single sign-on). */
@Controller
class StaffHomeController {

    private final StaffDirectory directory;

    StaffHomeController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/staff")
    String home(Principal principal, Model model) {
        StaffMember staff = directory.get(new Username(principal.getName()));
        model.addAttribute("staff", staff);
        model.addAttribute(
                "roles", staff.roles().stream().map(Enum::name).sorted().toList());
        return "staff/home";
    }
}
