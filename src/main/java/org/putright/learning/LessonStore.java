package org.putright.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where lessons are kept. */
public interface LessonStore {

    void insert(Lesson lesson);

    /** Saves the lesson if it is still at {@code expectedVersion}; false when someone changed it first. */
    boolean save(Lesson lesson, long expectedVersion);

    Optional<Lesson> find(UUID id);

    /** Lessons of this status (any when null), the most recently recorded first. */
    List<Lesson> list(@Nullable LessonStatus status);

    /** Lessons recorded, or improvements made, between these days inclusive (Europe/London). */
    List<Lesson> activeBetween(LocalDate from, LocalDate to);
}
