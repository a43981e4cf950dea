package org.putright.settings.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.Division;
import org.putright.code.EditionId;
import org.putright.settings.HomesCount;
import org.putright.settings.LandlordSettings;
import org.putright.settings.ReportingYear;
import org.putright.settings.Settings;
import org.putright.settings.SettingsChange;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.putright.system.web.IfMatch;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/v1/settings}. A PUT changes the fields it carries and leaves the others as
 * they are, so an administrator can change the division without restating everything else.
 */
@RestController
@RequestMapping("/api/v1/settings")
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SettingsView> get() {
        return respond(settings.current());
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SettingsView> change(
            @Valid @RequestBody ChangeBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(settings.change(body.toChange(), IfMatch.version(ifMatch), principal.getName()));
    }

    /** The logo letters carry. */
    @GetMapping("/logo")
    ResponseEntity<byte[]> logo() {
        return settings.logo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .body(logo.content()))
                .orElseThrow(() -> new NotFound("Logo", "of the landlord"));
    }

    /** Replaces the logo: the request body is the PNG or JPEG image itself. */
    @PutMapping(
            value = "/logo",
            consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SettingsView> changeLogo(
            @RequestBody byte[] image,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(settings.changeLogo(image, IfMatch.version(ifMatch), principal.getName()));
    }

    @DeleteMapping("/logo")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SettingsView> removeLogo(
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, Principal principal) {
        return respond(settings.changeLogo(null, IfMatch.version(ifMatch), principal.getName()));
    }

    private ResponseEntity<SettingsView> respond(LandlordSettings current) {
        return ResponseEntity.ok()
                .eTag(String.valueOf(current.version()))
                .body(SettingsView.of(current, settings.division()));
    }

    record HomesView(
            @NotBlank String reportingYear, @NotNull @Min(1) Integer homes) {}

    record ChangeBody(
            @Nullable String name,
            @Nullable Division division,
            @Nullable String codeEdition,
            @Nullable String ombudsmanContact,
            @Nullable String primaryColour,
            @Nullable List<@Valid @NotNull HomesView> homesByReportingYear,
            @Nullable String address,
            @Nullable String signatureRole,
            @Nullable Boolean doNotNameStaff,
            @Nullable String logoAltText,
            @Nullable String escalationHow,
            @Nullable Integer escalationWithinWorkingDays) {

        SettingsChange toChange() {
            List<InvalidInput.FieldError> errors = new ArrayList<>();
            EditionId edition = null;
            if (codeEdition != null) {
                if (codeEdition.matches("[A-Z][A-Z0-9]*-\\d{4}")) {
                    edition = new EditionId(codeEdition);
                } else {
                    errors.add(new InvalidInput.FieldError("codeEdition", "must be an edition id such as HOS-2024"));
                }
            }
            List<HomesCount> homes = null;
            if (homesByReportingYear != null) {
                homes = new ArrayList<>();
                for (int i = 0; i < homesByReportingYear.size(); i++) {
                    HomesView view = homesByReportingYear.get(i);
                    ReportingYear year = ReportingYear.parse(view.reportingYear());
                    if (year == null) {
                        errors.add(new InvalidInput.FieldError(
                                "homesByReportingYear[" + i + "].reportingYear",
                                "must be a reporting year such as 2024-25 (1 April 2024 to 31 March 2025)"));
                    } else {
                        homes.add(new HomesCount(year, view.homes()));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return new SettingsChange(
                    name,
                    division,
                    edition,
                    ombudsmanContact,
                    primaryColour,
                    homes,
                    address,
                    signatureRole,
                    doNotNameStaff,
                    logoAltText,
                    escalationHow,
                    escalationWithinWorkingDays);
        }
    }

    record SettingsView(
            String name,
            Division division,
            String codeEdition,
            String ombudsmanContact,
            String primaryColour,
            List<HomesView> homesByReportingYear,
            Instant updatedAt,
            String updatedBy,
            long version,
            @Nullable String address,
            String signatureRole,
            boolean doNotNameStaff,
            @Nullable String logo,
            String logoAltText,
            String escalationHow,
            @Nullable Integer escalationWithinWorkingDays) {

        static SettingsView of(LandlordSettings settings, Division division) {
            return new SettingsView(
                    settings.name(),
                    division,
                    settings.codeEdition().value(),
                    settings.ombudsmanContact(),
                    settings.primaryColour(),
                    settings.homesByReportingYear().stream()
                            .map(count -> new HomesView(count.reportingYear().toString(), count.homes()))
                            .toList(),
                    settings.updatedAt(),
                    settings.updatedBy(),
                    settings.version(),
                    settings.letters().address(),
                    settings.letters().signatureRole(),
                    settings.letters().doNotNameStaff(),
                    settings.letters().hasLogo() ? "/api/v1/settings/logo" : null,
                    settings.letters().logoAltTextOr(settings.name()),
                    settings.letters().escalationHow(),
                    settings.letters().escalationWithinWorkingDays());
        }
    }
}
