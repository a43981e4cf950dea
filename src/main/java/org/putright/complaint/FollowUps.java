package org.putright.complaint;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Remedies and outstanding actions across all complaints, for following them through (7.3, 6.6). */
public interface FollowUps {

    List<RemedyItem> remedies(Remedy.@Nullable Status status, @Nullable LocalDate overdueOn, int limit);

    /**
     * Every remedy of the given complaints, at every stage, for judging as at a day those their
     * responses set (7.3): whether each was completed by its date can only be told once it is due.
     */
    List<RemedyItem> remediesOf(Collection<ComplaintReference> references);

    List<ActionItem> actions(@Nullable String owner, boolean openOnly, @Nullable LocalDate overdueOn, int limit);

    /** A remedy with the complaint it belongs to. */
    record RemedyItem(ComplaintReference reference, Remedy remedy) {}

    /** An outstanding action with the complaint it belongs to. */
    record ActionItem(ComplaintReference reference, OutstandingAction action) {}
}
