package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the landlord says about one provision: the form's Comply, Evidence and Commentary columns,
 * and where it does not comply, the action it will take and the date by which it will comply.
 *
 * @param links addresses of published evidence (the policy on the website, a board paper)
 */
public record ProvisionAnswer(
        @Nullable Comply comply,
        @Nullable String evidence,
        List<String> links,
        @Nullable String commentary,
        @Nullable String action,
        @Nullable LocalDate complyBy) {

    public static final ProvisionAnswer BLANK = new ProvisionAnswer(null, null, List.of(), null, null, null);

    public ProvisionAnswer {
        links = List.copyOf(links);
    }
}
