package org.putright.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Definition;

/**
 * What a demo complaint is about: one to three of its category's issues, in the complaint's own
 * words, and the definition the handler writes of them on acknowledgement (5.6).
 */
final class PointsOfComplaint {

    private final Draft draft;
    private final Random random;

    PointsOfComplaint(Draft draft) {
        this.draft = draft;
        this.random = draft.random();
    }

    /** The points the complaint starts with: a logged issue's only, or a few of its category's. */
    List<Point> pick() {
        List<Point> points = new ArrayList<>();
        Definition.PointText logged = draft.plot().loggedAs();
        if (logged != null) {
            points.add(new Point(logged.summary(), logged.outcomeSought(), named(logged.summary())));
            return points;
        }
        List<Issue> issues = new ArrayList<>(draft.plot().category().issues());
        int roll = random.nextInt(100);
        int count = roll < 40 ? 1 : roll < 82 ? 2 : 3;
        for (int i = 0; i < count && !issues.isEmpty(); i++) {
            points.add(of(issues.remove(random.nextInt(issues.size()))));
        }
        return points;
    }

    Point of(Issue issue) {
        return new Point(draft.fill(issue.point()), draft.fill(issue.outcome()), issue);
    }

    /** An issue of the category that is not yet a point, for a new issue raised on the way (6.8). */
    Issue another(List<Point> points) {
        List<Issue> issues = draft.plot().category().issues();
        List<Issue> unused = new ArrayList<>(issues);
        points.forEach(point -> unused.remove(point.issue()));
        return Riverside.pick(random, unused.isEmpty() ? issues : unused);
    }

    /** The definition of the points, now and then with an aspect that is someone else's (5.7). */
    Definition definition(List<Point> points) {
        List<Definition.PointText> texts = points.stream()
                .map(point -> new Definition.PointText(point.summary(), point.outcome()))
                .toList();
        List<Definition.NotResponsible> aspects = draft.plot().category().notResponsible();
        List<Definition.NotResponsible> notOurs =
                !aspects.isEmpty() && random.nextInt(100) < 25 ? List.of(Riverside.pick(random, aspects)) : List.of();
        return Definition.numbered(texts, notOurs);
    }

    private @Nullable Issue named(String summary) {
        for (Issue issue : draft.plot().category().issues()) {
            if (draft.fill(issue.point()).equals(summary)) {
                return issue;
            }
        }
        return null;
    }
}
