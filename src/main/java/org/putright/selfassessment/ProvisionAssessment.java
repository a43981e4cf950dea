package org.putright.selfassessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.code.Obligation;
import org.putright.code.Provision;
import org.putright.code.ProvisionNumber;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.InvalidInput.FieldError;

/**
 * One row of the self-assessment form: a provision of the Code, as the edition words it, and the
 * landlord's answer. Each row has its own version, so two people completing different provisions
 * never get in each other's way, and two completing the same one are told.
 */
public record ProvisionAssessment(
        Provision provision,
        ProvisionAnswer answer,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        long version) {

    public static final int MAX_TEXT = 8000;
    public static final int MAX_ACTION = 4000;
    public static final int MAX_LINKS = 20;
    public static final int MAX_LINK = 500;

    static ProvisionAssessment blank(Provision provision) {
        return new ProvisionAssessment(provision, ProvisionAnswer.BLANK, null, null, 0);
    }

    public ProvisionNumber number() {
        return provision.number();
    }

    public boolean answered() {
        return answer.comply() != null;
    }

    /**
     * The landlord's new answer. Where it does not comply, it must say what it will do and by when
     * (the form asks for both); under an edition with "must" provisions, not meeting a "must" needs
     * an explanation in the commentary (the 2022 form's own instruction).
     */
    ProvisionAssessment answer(ProvisionAnswer given, LocalDate today, Instant now, String by) {
        List<FieldError> errors = new ArrayList<>();
        Comply comply = given.comply();
        if (comply != null && comply.needsAction()) {
            if (isBlank(given.action())) {
                errors.add(new FieldError("action", "say what will be done to comply with " + number()));
            }
            if (given.complyBy() == null) {
                errors.add(new FieldError("complyBy", "say by when " + number() + " will be complied with"));
            }
        }
        if ((comply == null || !comply.needsAction()) && (!isBlank(given.action()) || given.complyBy() != null)) {
            errors.add(new FieldError("action", "an action and date are given only where the answer is NO or PARTLY"));
        }
        if (comply != null
                && comply != Comply.YES
                && provision.obligation() == Obligation.MUST
                && isBlank(given.commentary())) {
            errors.add(new FieldError("commentary", number() + " is a \"must\": explain why it is not met"));
        }
        if (given.links().size() > MAX_LINKS) {
            errors.add(new FieldError("links", "at most " + MAX_LINKS + " links"));
        }
        for (String link : given.links()) {
            if (!isWebAddress(link)) {
                errors.add(new FieldError("links", "'" + abbreviate(link) + "' is not an http or https address"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ProvisionAnswer tidy = new ProvisionAnswer(
                comply,
                strip(given.evidence()),
                given.links().stream().map(String::strip).toList(),
                strip(given.commentary()),
                strip(given.action()),
                given.complyBy());
        return new ProvisionAssessment(provision, tidy, now, by, version);
    }

    /** The answer carried into a new assessment: the same words, to be checked again. */
    ProvisionAssessment carriedFrom(ProvisionAssessment earlier) {
        return new ProvisionAssessment(provision, earlier.answer(), null, null, 0);
    }

    private static boolean isWebAddress(String link) {
        if (link.isBlank() || link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
