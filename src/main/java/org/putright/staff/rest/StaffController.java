package org.putright.staff.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.staff.ApiToken;
import org.putright.staff.IssuedToken;
import org.putright.staff.Role;
import org.putright.staff.StaffDetails;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.putright.staff.security.StaffPrincipal;
import org.putright.system.problem.InvalidInput;
import org.putright.system.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts and personal API tokens (API.md, "Staff"). */
@RestController
@RequestMapping("/api/v1/staff")
class StaffController {

    private static final String MONEY = "\\d{1,10}(\\.\\d{1,2})?";

    private final StaffDirectory directory;

    StaffController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasRole('GOVERNANCE') or hasRole('HANDLER')")
    List<StaffView> list() {
        return directory.all().stream().map(StaffView::of).toList();
    }

    @GetMapping("/me")
    StaffView me(@AuthenticationPrincipal StaffPrincipal principal) {
        return StaffView.of(directory.get(principal.staff()));
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasRole('GOVERNANCE') or hasRole('HANDLER')")
    StaffView get(@PathVariable String username) {
        return StaffView.of(directory.get(username(username)));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<StaffView> add(@Valid @RequestBody NewStaff body) {
        StaffMember added = directory.add(username(body.username()), body.details(), body.password());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + added.username()))
                .eTag(String.valueOf(added.version()))
                .body(StaffView.of(added));
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    StaffView change(
            @PathVariable String username,
            @Valid @RequestBody ChangedStaff body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        Username name = username(username);
        return StaffView.of(directory.change(name, body.details(directory.get(name)), IfMatch.version(ifMatch)));
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN') or #username == principal.username")
    void setPassword(
            @PathVariable String username,
            @Valid @RequestBody NewPassword body,
            @AuthenticationPrincipal StaffPrincipal caller) {
        Username name = username(username);
        if (!caller.roles().contains(Role.ADMIN) || name.equals(caller.staff())) {
            // Changing one's own password needs the current one, so a leaked API token cannot take
            // over the person's web sign-in.
            directory.requireCurrentPassword(name, body.currentPassword());
        }
        directory.setPassword(name, body.password());
    }

    @PostMapping("/{username}/tokens")
    @PreAuthorize("hasRole('ADMIN') or #username == principal.username")
    ResponseEntity<IssuedTokenView> issueToken(
            @PathVariable String username, @Valid @RequestBody(required = false) @Nullable NewToken body) {
        NewToken request = body == null ? new NewToken(null, null) : body;
        IssuedToken issued = directory.issueToken(
                username(username), request.label() == null ? "API token" : request.label(), request.expiresInDays());
        return ResponseEntity.status(HttpStatus.CREATED).body(IssuedTokenView.of(issued));
    }

    @GetMapping("/{username}/tokens")
    @PreAuthorize("hasRole('ADMIN') or #username == principal.username")
    List<TokenView> tokens(@PathVariable String username) {
        return directory.tokensOf(username(username)).stream()
                .map(TokenView::of)
                .toList();
    }

    @DeleteMapping("/{username}/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN') or #username == principal.username")
    void revokeToken(@PathVariable String username, @PathVariable UUID id) {
        directory.revokeToken(username(username), id);
    }

    private static Username username(String value) {
        if (!Username.isValid(value)) {
            throw new InvalidInput(
                    "username",
                    "must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return new Username(value);
    }

    private static @Nullable BigDecimal money(@Nullable String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    record NewStaff(
            @NotBlank String username,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @NotEmpty Set<@NotNull Role> roles,

            @Nullable @Pattern(regexp = MONEY, message = "must be an amount such as \"100.00\"")
            String compensationLimit,

            @Nullable Boolean enabled,
            @Nullable String password) {

        StaffDetails details() {
            BigDecimal limit = money(compensationLimit);
            return new StaffDetails(
                    name,
                    email,
                    roles,
                    limit == null ? BigDecimal.ZERO.setScale(2) : limit,
                    enabled == null || enabled);
        }
    }

    record ChangedStaff(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @NotEmpty Set<@NotNull Role> roles,

            @Nullable @Pattern(regexp = MONEY, message = "must be an amount such as \"100.00\"")
            String compensationLimit,

            @NotNull Boolean enabled) {

        /** An omitted limit keeps the current one, so an edit never silently takes authority away. */
        StaffDetails details(StaffMember current) {
            BigDecimal limit = money(compensationLimit);
            return new StaffDetails(name, email, roles, limit == null ? current.compensationLimit() : limit, enabled);
        }
    }

    record NewPassword(@NotNull String password, @Nullable String currentPassword) {}

    record NewToken(
            @Nullable @Size(max = 200) String label,
            @Nullable Integer expiresInDays) {}

    record StaffView(
            String username,
            String name,
            String email,
            Set<Role> roles,
            @Nullable String compensationLimit,
            boolean enabled,
            boolean hasPassword,
            Instant createdAt,
            long version) {

        static StaffView of(StaffMember member) {
            return new StaffView(
                    member.username().value(),
                    member.name(),
                    member.email(),
                    member.roles(),
                    member.compensationLimit() == null
                            ? null
                            : member.compensationLimit().setScale(2).toPlainString(),
                    member.enabled(),
                    member.hasPassword(),
                    member.createdAt(),
                    member.version());
        }
    }

    record TokenView(
            UUID id,
            String label,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant revokedAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.label(), token.createdAt(), token.expiresAt(), token.revokedAt());
        }
    }

    record IssuedTokenView(
            UUID id,
            String token,
            String label,
            Instant createdAt,
            @Nullable Instant expiresAt) {

        static IssuedTokenView of(IssuedToken issued) {
            return new IssuedTokenView(
                    issued.token().id(),
                    issued.secret(),
                    issued.token().label(),
                    issued.token().createdAt(),
                    issued.token().expiresAt());
        }
    }
}
