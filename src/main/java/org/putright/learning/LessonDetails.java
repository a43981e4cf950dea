package org.putright.learning;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff write about a lesson, whether recording it or changing it.
 *
 * @param youSaid what residents told us, as the public list shows it: no names, addresses or
 *     references
 * @param madeOn the day the improvement was made; required when {@code status} is DONE
 */
public record LessonDetails(
        String lesson,
        String youSaid,
        String improvement,
        @Nullable String category,
        String owner,
        LessonStatus status,
        @Nullable LocalDate madeOn,
        List<String> complaints) {

    public LessonDetails {
        complaints = List.copyOf(complaints);
    }
}
