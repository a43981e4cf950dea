package org.putright.staff.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.staff.ApiToken;
import org.putright.staff.IssuedToken;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Personal API tokens as pages: each member of staff issues (shown once), lists and revokes their
 * own; administrators see everyone's and can revoke any, say when someone leaves or a token leaks.
 * Every token expires: at most {@value StaffDirectory#MAXIMUM_TOKEN_DAYS} days after issue.
 */
@Controller
class TokenPages {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int LABEL_LENGTH = 200;

    private final StaffDirectory directory;
    private final Clock clock;

    TokenPages(StaffDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/staff/tokens")
    String mine(Principal principal, Model model) {
        return show(me(principal), model, null, null, "", String.valueOf(StaffDirectory.DEFAULT_TOKEN_DAYS));
    }

    @PostMapping("/staff/tokens")
    String issue(
            @RequestParam(name = "label", defaultValue = "") String label,
            @RequestParam(name = "days", defaultValue = "") String days,
            Principal principal,
            Model model) {
        Username me = me(principal);
        String name = label.strip();
        if (name.isEmpty() || name.length() > LABEL_LENGTH) {
            return show(
                    me,
                    model,
                    null,
                    "Enter what the token is for, in " + LABEL_LENGTH + " characters or fewer",
                    name,
                    days);
        }
        int lifetime;
        try {
            lifetime = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            lifetime = 0;
        }
        if (lifetime < 1 || lifetime > StaffDirectory.MAXIMUM_TOKEN_DAYS) {
            return show(
                    me,
                    model,
                    null,
                    "Enter how many days the token lasts, from 1 to " + StaffDirectory.MAXIMUM_TOKEN_DAYS,
                    name,
                    days);
        }
        IssuedToken issued = directory.issueToken(me, name, lifetime);
        return show(me, model, issued, null, "", String.valueOf(StaffDirectory.DEFAULT_TOKEN_DAYS));
    }

    @PostMapping("/staff/tokens/{id}/revocation")
    String revoke(@PathVariable String id, Principal principal) {
        directory.revokeToken(me(principal), tokenId(id));
        return "redirect:/staff/tokens?revoked";
    }

    @GetMapping("/staff/admin/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    String everyone(Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "people",
                directory.all().stream()
                        .map(member -> new Holder(
                                member,
                                directory.tokensOf(member.username()).stream()
                                        .map(token -> Row.of(token, now))
                                        .toList()))
                        .toList());
        return "staff/all-tokens";
    }

    @PostMapping("/staff/admin/tokens/{username}/{id}/revocation")
    @PreAuthorize("hasRole('ADMIN')")
    String revokeAnyone(@PathVariable String username, @PathVariable String id) {
        if (!Username.isValid(username)) {
            throw new NotFound("Staff member", username);
        }
        directory.revokeToken(new Username(username), tokenId(id));
        return "redirect:/staff/admin/tokens?revoked";
    }

    private String show(
            Username me, Model model, @Nullable IssuedToken issued, @Nullable String error, String label, String days) {
        Instant now = clock.instant();
        model.addAttribute(
                "tokens",
                directory.tokensOf(me).stream().map(token -> Row.of(token, now)).toList());
        model.addAttribute("issued", issued);
        model.addAttribute("error", error);
        model.addAttribute("label", label);
        model.addAttribute("days", days);
        model.addAttribute("maximumDays", StaffDirectory.MAXIMUM_TOKEN_DAYS);
        return "staff/tokens";
    }

    private static Username me(Principal principal) {
        return new Username(principal.getName());
    }

    private static UUID tokenId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("API token", id);
        }
    }

    /** A member of staff and their tokens. */
    record Holder(StaffMember member, List<Row> tokens) {}

    /** A token as the page shows it: its dates as people read them and whether it still works. */
    record Row(ApiToken token, String created, String expires, String state, boolean active) {

        static Row of(ApiToken token, Instant now) {
            String state = token.revokedAt() != null
                    ? "Revoked " + day(token.revokedAt())
                    : token.activeAt(now) ? "Active" : "Expired";
            return new Row(
                    token,
                    day(token.createdAt()),
                    token.expiresAt() == null ? "Never" : day(token.expiresAt()),
                    state,
                    token.activeAt(now));
        }

        private static String day(Instant at) {
            return DAY.format(at.atZone(LONDON));
        }
    }
}
