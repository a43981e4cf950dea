package org.putright.staff.web;

import org.putright.staff.StaffDirectory;
import org.putright.staff.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in member of staff's home page. */
@Controller
class StaffHomeController {

    private final StaffDirectory directory;

    StaffHomeController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("staff", directory.get(principal.staff()));
        model.addAttribute(
                "roles", principal.roles().stream().map(Enum::name).sorted().toList());
        return "staff/home";
    }
}
