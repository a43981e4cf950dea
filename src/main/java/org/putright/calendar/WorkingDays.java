package org.putright.calendar;

/**
 * A count of working days, as the Code states its timescales ("within 5 working days"). Never
 * negative: a deadline is always counted forward from the event.
 */
public record WorkingDays(int value) implements Comparable<WorkingDays> {

    public static final WorkingDays ZERO = new WorkingDays(0);

    public WorkingDays {
        if (value < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + value);
        }
    }

    public static WorkingDays of(int value) {
        return new WorkingDays(value);
    }

    /** Adds extensions together, so a cap can be checked against their sum. */
    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(Math.addExact(value, other.value));
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value == 1 ? "1 working day" : value + " working days";
    }
}
