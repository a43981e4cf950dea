package org.putright.complaint;

import java.util.ArrayList;
import java.util.List;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.ComplaintEvent.IssueAdded;

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

    /**
     * Refuses a definition a complaint cannot be acknowledged with (5.6): no points, a point without
     * what it is about or the outcome sought, or an aspect the landlord is not responsible for that
     * does not say who is.
     */
    void requireComplete() {
        if (points.isEmpty()) {
            throw new RuleBroken(
                    CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION,
                    "The acknowledgement needs the complaint definition: at least one point with the outcome sought.");
        }
        for (Point point : points) {
            if (point.summary().isBlank() || point.outcomeSought().isBlank()) {
                throw new RuleBroken(
                        CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION,
                        "Point " + point.number() + " needs both what it is about and the outcome sought.");
            }
        }
        for (NotResponsible aspect : notResponsibleFor) {
            if (aspect.aspect().isBlank() || aspect.responsibleParty().isBlank()) {
                throw new RuleBroken(
                        CodeRule.RESPONSIBILITY_UNCLEAR,
                        "For each aspect the landlord is not responsible for, say who is.");
            }
        }
    }

    /**
     * With each related issue raised before the acknowledgement (6.8) that it does not already state
     * added as a point, so that the response must address it.
     */
    Definition withIssues(List<IssueAdded> raised) {
        Definition complete = this;
        for (IssueAdded issue : raised) {
            boolean stated = complete.points().stream()
                    .anyMatch(point -> point.summary().equalsIgnoreCase(issue.summaryOfIssue()));
            if (!stated) {
                complete = complete.withPoint(issue.summaryOfIssue(), issue.outcomeSought());
            }
        }
        return complete;
    }

    /** One point of the complaint with the outcome the resident seeks. */
    public record Point(int number, String summary, String outcomeSought) {}

    /** A point as given, before numbering. */
    public record PointText(String summary, String outcomeSought) {}

    /** An aspect the landlord is not responsible for, and who is. */
    public record NotResponsible(String aspect, String responsibleParty) {}
}
