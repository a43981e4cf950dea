package org.putright.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.Division;
import org.putright.calendar.WorkingCalendars;
import org.putright.code.CodeEditions;
import org.putright.code.Edition;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.StaleVersion;
import org.putright.system.web.Brand;
import org.putright.system.web.BrandSource;
import org.putright.system.web.RequestMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the landlord's settings; the edition of the Code comes from here. */
@Service
public class Settings implements BrandSource {

    private static final int MAXIMUM_NAME = 200;
    private static final int MAXIMUM_CONTACT = 2000;
    private static final int MAXIMUM_ADDRESS = 500;
    private static final int MAXIMUM_ROLE = 100;
    private static final int MAXIMUM_ALT_TEXT = 200;
    private static final int MAXIMUM_ESCALATION_HOW = 1000;
    private static final int MAXIMUM_ESCALATION_DAYS = 60;
    private static final String READ_THIS_REQUEST = Settings.class.getName() + ".current";

    private final SettingsStore store;
    private final CodeEditions editions;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Settings(
            SettingsStore store,
            CodeEditions editions,
            WorkingCalendars calendars,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.editions = editions;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The settings as they are now. Read once a request: a request sees one version of them
     * throughout, and intake, deadlines, letters and the page's brand all ask for them.
     */
    public LandlordSettings current() {
        return RequestMemo.get(READ_THIS_REQUEST, LandlordSettings.class, store::load);
    }

    /** The settings read afresh, as after a change. */
    private LandlordSettings reread() {
        RequestMemo.forget(READ_THIS_REQUEST);
        return current();
    }

    public Division division() {
        return calendars.division();
    }

    /** The edition of the Code the landlord follows; its timescales apply to every complaint. */
    public Edition edition() {
        return editions.get(current().codeEdition());
    }

    /** The logo letters carry, if the landlord has given one. */
    public java.util.Optional<Logo> logo() {
        return store.logo();
    }

    /** Replaces the logo letters carry (PNG or JPEG), or removes it when {@code content} is null. */
    @Transactional
    public LandlordSettings changeLogo(byte @Nullable [] content, @Nullable Long expectedVersion, String by) {
        Logo logo = null;
        if (content != null) {
            String type = Logo.recognise(content);
            if (type == null) {
                throw new InvalidInput("logo", "must be a PNG or JPEG image");
            }
            if (content.length > Logo.MAXIMUM_BYTES) {
                throw new InvalidInput("logo", "must be at most " + Logo.MAXIMUM_BYTES / 1024 + " KiB");
            }
            logo = new Logo(content, type);
        }
        LandlordSettings current = current();
        long version = expectedVersion == null ? current.version() : expectedVersion;
        if (version != current.version() || !store.saveLogo(logo, version, clock.instant(), by)) {
            throw new StaleVersion(version, reread().version());
        }
        return reread();
    }

    @Override
    public Brand brand() {
        LandlordSettings settings = current();
        return new Brand(settings.name(), settings.primaryColour());
    }

    @Transactional
    public LandlordSettings change(SettingsChange change, @Nullable Long expectedVersion, String by) {
        LandlordSettings current = current();
        validate(change);
        long version = expectedVersion == null ? current.version() : expectedVersion;
        LandlordSettings changed = new LandlordSettings(
                change.name() == null ? current.name() : change.name().strip(),
                change.codeEdition() == null ? current.codeEdition() : change.codeEdition(),
                change.ombudsmanContact() == null
                        ? current.ombudsmanContact()
                        : change.ombudsmanContact().strip(),
                change.primaryColour() == null ? current.primaryColour() : change.primaryColour(),
                change.homesByReportingYear() == null ? current.homesByReportingYear() : change.homesByReportingYear(),
                clock.instant(),
                by,
                version + 1,
                letters(current.letters(), change));
        if (version != current.version() || !store.save(changed, version)) {
            throw new StaleVersion(version, reread().version());
        }
        // Those who hear of the new edition below recompute deadlines with it.
        RequestMemo.forget(READ_THIS_REQUEST);
        if (change.division() != null) {
            calendars.changeDivision(change.division());
        }
        if (!changed.codeEdition().equals(current.codeEdition())) {
            events.publishEvent(new CodeEditionChanged(current.codeEdition(), changed.codeEdition()));
        }
        return current();
    }

    private static LetterSettings letters(LetterSettings current, SettingsChange change) {
        Integer within = current.escalationWithinWorkingDays();
        if (change.escalationWithinWorkingDays() != null) {
            within = change.escalationWithinWorkingDays() == 0 ? null : change.escalationWithinWorkingDays();
        }
        return new LetterSettings(
                change.address() == null ? current.address() : blankToNull(change.address()),
                change.signatureRole() == null
                        ? current.signatureRole()
                        : change.signatureRole().strip(),
                change.doNotNameStaff() == null ? current.doNotNameStaff() : change.doNotNameStaff(),
                current.hasLogo(),
                change.logoAltText() == null ? current.logoAltText() : blankToNull(change.logoAltText()),
                change.escalationHow() == null
                        ? current.escalationHow()
                        : change.escalationHow().strip(),
                within);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private void validate(SettingsChange change) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (change.name() != null && (change.name().isBlank() || change.name().length() > MAXIMUM_NAME)) {
            errors.add(new InvalidInput.FieldError("name", "must be 1 to " + MAXIMUM_NAME + " characters"));
        }
        if (change.codeEdition() != null && editions.find(change.codeEdition()).isEmpty()) {
            errors.add(new InvalidInput.FieldError(
                    "codeEdition",
                    "must be one of "
                            + editions.all().stream()
                                    .map(edition -> edition.id().value())
                                    .toList()));
        }
        if (change.ombudsmanContact() != null
                && (change.ombudsmanContact().isBlank()
                        || change.ombudsmanContact().length() > MAXIMUM_CONTACT)) {
            errors.add(new InvalidInput.FieldError(
                    "ombudsmanContact",
                    "must be 1 to " + MAXIMUM_CONTACT
                            + " characters: letters must tell residents how to reach the Ombudsman"));
        }
        if (change.primaryColour() != null && !change.primaryColour().matches("#[0-9a-fA-F]{6}")) {
            errors.add(new InvalidInput.FieldError("primaryColour", "must be a colour written #rrggbb"));
        }
        if (change.homesByReportingYear() != null) {
            Set<ReportingYear> seen = new HashSet<>();
            for (HomesCount count : change.homesByReportingYear()) {
                if (!seen.add(count.reportingYear())) {
                    errors.add(new InvalidInput.FieldError(
                            "homesByReportingYear", count.reportingYear() + " is given more than once"));
                }
            }
        }
        validateLetters(change, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static void validateLetters(SettingsChange change, List<InvalidInput.FieldError> errors) {
        if (change.address() != null && change.address().length() > MAXIMUM_ADDRESS) {
            errors.add(new InvalidInput.FieldError("address", "must be at most " + MAXIMUM_ADDRESS + " characters"));
        }
        if (change.signatureRole() != null
                && (change.signatureRole().isBlank() || change.signatureRole().length() > MAXIMUM_ROLE)) {
            errors.add(new InvalidInput.FieldError(
                    "signatureRole",
                    "must be 1 to " + MAXIMUM_ROLE + " characters, e.g. Complaints Team Leader: letters are signed"
                            + " by a role"));
        }
        if (change.logoAltText() != null && change.logoAltText().length() > MAXIMUM_ALT_TEXT) {
            errors.add(
                    new InvalidInput.FieldError("logoAltText", "must be at most " + MAXIMUM_ALT_TEXT + " characters"));
        }
        if (change.escalationHow() != null
                && (change.escalationHow().isBlank() || change.escalationHow().length() > MAXIMUM_ESCALATION_HOW)) {
            errors.add(new InvalidInput.FieldError(
                    "escalationHow",
                    "must be 1 to " + MAXIMUM_ESCALATION_HOW
                            + " characters: stage 1 letters must say how to ask for stage 2 (6.9 g)"));
        }
        Integer within = change.escalationWithinWorkingDays();
        if (within != null && (within < 0 || within > MAXIMUM_ESCALATION_DAYS)) {
            errors.add(new InvalidInput.FieldError(
                    "escalationWithinWorkingDays",
                    "must be 0 (no time limit) to " + MAXIMUM_ESCALATION_DAYS + " working days"));
        }
    }
}
