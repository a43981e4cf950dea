package org.putright.demo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One point of a demo complaint's definition, in the words of its complaint, with the issue it came
 * from when it came from one: the issue has the findings, remedies and actions that fit it.
 */
record Point(String summary, String outcome, @Nullable Issue issue) {

    /** The point a stage 2 review sometimes adds about how stage 1 was handled. */
    static final Point HANDLING = new Point(StockPhrases.HANDLING_POINT, StockPhrases.HANDLING_OUTCOME, null);

    static List<Point> plus(List<Point> points, Point added) {
        List<Point> more = new ArrayList<>(points);
        more.add(added);
        return more;
    }

    boolean isHandling() {
        return summary.equals(StockPhrases.HANDLING_POINT);
    }
}
