package org.putright.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * The complaint definition (5.6, 5.7): the landlord's understanding of what the complaint is about
 * and the outcomes sought, point by point, and what it is not responsible for and who is.
 */
public record Definition(List<Point> points, List<NotResponsible> notResponsibleFor) {

    public Definition {
        points = List.copyOf(points);
        notResponsibleFor = List.copyOf(notResponsibleFor);
    }

    /** Numbers the points 1..n in the order given. */
    public static Definition numbered(List<PointText> points, List<NotResponsible> notResponsibleFor) {
        List<Point> numbered = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            numbered.add(new Point(i + 1, points.get(i).summary(), points.get(i).outcomeSought()));
        }
        return new Definition(numbered, notResponsibleFor);
    }

    Definition withPoint(String summary, String outcomeSought) {
        List<Point> more = new ArrayList<>(points);
        more.add(new Point(points.size() + 1, summary, outcomeSought));
        return new Definition(more, notResponsibleFor);
    }

    /** One point of the complaint with the outcome the resident seeks. */
    public record Point(int number, String summary, String outcomeSought) {}

    /** A point as given, before numbering. */
    public record PointText(String summary, String outcomeSought) {}

    /** An aspect the landlord is not responsible for, and who is. */
    public record NotResponsible(String aspect, String responsibleParty) {}
}
