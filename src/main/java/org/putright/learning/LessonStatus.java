package org.putright.learning;

/** Where a service improvement has got to. */
public enum LessonStatus {
    /** Learned and an improvement proposed; nothing changed yet. */
    PROPOSED,
    /** The owner is making the improvement. */
    IN_PROGRESS,
    /** The improvement is made: it has a date and appears in "you said, we did". */
    DONE
}
