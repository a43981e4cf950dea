package org.putright.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.InvalidInput.FieldError;

/**
 * A lesson learned from complaints and the service improvement it leads to (9.1-9.3). It moves
 * from PROPOSED through IN_PROGRESS to DONE; a DONE lesson says the day the improvement was made,
 * which may not be in the future, and cannot be made undone, because residents have been told.
 */
public record Lesson(
        UUID id,
        String lesson,
        String youSaid,
        String improvement,
        @Nullable String category,
        String owner,
        LessonStatus status,
        @Nullable LocalDate madeOn,
        List<String> complaints,
        Instant recordedAt,
        String recordedBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_YOU_SAID = 1000;
    public static final int MAX_CATEGORY = 50;
    public static final int MAX_COMPLAINTS = 200;

    public Lesson {
        complaints = List.copyOf(complaints);
    }

    static Lesson record(UUID id, LessonDetails details, LocalDate today, Instant now, String by) {
        check(details, today, null);
        return new Lesson(
                id,
                details.lesson().strip(),
                details.youSaid().strip(),
                details.improvement().strip(),
                blankToNull(details.category()),
                details.owner(),
                details.status(),
                details.madeOn(),
                distinct(details.complaints()),
                now,
                by,
                now,
                by,
                0);
    }

    Lesson change(LessonDetails details, LocalDate today, Instant now, String by) {
        check(details, today, this);
        return new Lesson(
                id,
                details.lesson().strip(),
                details.youSaid().strip(),
                details.improvement().strip(),
                blankToNull(details.category()),
                details.owner(),
                details.status(),
                details.madeOn(),
                distinct(details.complaints()),
                recordedAt,
                recordedBy,
                now,
                by,
                version);
    }

    private static void check(LessonDetails details, LocalDate today, @Nullable Lesson current) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate madeOn = details.madeOn();
        if (details.status() == LessonStatus.DONE && madeOn == null) {
            errors.add(new FieldError("madeOn", "is required once the improvement is DONE"));
        }
        if (details.status() != LessonStatus.DONE && madeOn != null) {
            errors.add(new FieldError("madeOn", "is given only once the improvement is DONE"));
        }
        if (madeOn != null && madeOn.isAfter(today)) {
            errors.add(new FieldError("madeOn", "is in the future; record it once the improvement is made"));
        }
        if (current != null && current.status() == LessonStatus.DONE && details.status() != LessonStatus.DONE) {
            errors.add(new FieldError("status", "a DONE improvement has been published to residents and stays DONE"));
        }
        if (details.complaints().size() > MAX_COMPLAINTS) {
            errors.add(new FieldError("complaints", "may list at most " + MAX_COMPLAINTS + " complaints"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> distinct(List<String> references) {
        return List.copyOf(new LinkedHashSet<>(references));
    }
}
