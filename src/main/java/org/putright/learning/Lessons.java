package org.putright.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.staff.StaffDirectory;
import org.putright.staff.Username;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.InvalidInput.FieldError;
import org.putright.system.problem.NotFound;
import org.putright.system.problem.StaleVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records lessons learned from complaints and the service improvements they lead to (9.1-9.3),
 * and lists them: for staff, for the self-assessment's evidence of 9.1, and, once made, for
 * residents ("you said, we did").
 */
@Service
public class Lessons {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LessonStore store;
    private final Complaints complaints;
    private final StaffDirectory staff;
    private final Clock clock;

    Lessons(LessonStore store, Complaints complaints, StaffDirectory staff, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional
    public Lesson record(LessonDetails details, String by) {
        checkReferences(details);
        Lesson lesson = Lesson.record(UUID.randomUUID(), details, today(), clock.instant(), by);
        store.insert(lesson);
        return get(lesson.id());
    }

    @Transactional
    public Lesson change(UUID id, LessonDetails details, @Nullable Long expectedVersion, String by) {
        Lesson current = get(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion(expectedVersion, current.version());
        }
        checkReferences(details);
        Lesson changed = current.change(details, today(), clock.instant(), by);
        if (!store.save(changed, current.version())) {
            throw new StaleVersion(current.version(), get(id).version());
        }
        return get(id);
    }

    public Lesson get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("Lesson", id.toString()));
    }

    public List<Lesson> list(@Nullable LessonStatus status) {
        return store.list(status);
    }

    /** The improvements made, newest first: what residents see as "you said, we did". */
    public List<Lesson> improvementsMade() {
        return store.list(LessonStatus.DONE).stream()
                .sorted((a, b) -> java.util.Objects.requireNonNull(b.madeOn())
                        .compareTo(java.util.Objects.requireNonNull(a.madeOn())))
                .toList();
    }

    /** Lessons recorded, or improvements made, in the period (both days included). */
    public List<Lesson> activeBetween(LocalDate from, LocalDate to) {
        return store.activeBetween(from, to);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private void checkReferences(LessonDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (!Username.isValid(details.owner())
                || staff.find(new Username(details.owner())).isEmpty()) {
            errors.add(new FieldError("owner", "no member of staff has the username '" + details.owner() + "'"));
        }
        for (String reference : details.complaints()) {
            if (!ComplaintReference.isValid(reference)) {
                errors.add(new FieldError("complaints", "'" + reference + "' is not a reference like CMP-2024-000123"));
            } else if (!exists(new ComplaintReference(reference))) {
                errors.add(new FieldError("complaints", "no complaint has the reference " + reference));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private boolean exists(ComplaintReference reference) {
        try {
            complaints.get(reference);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }
}
