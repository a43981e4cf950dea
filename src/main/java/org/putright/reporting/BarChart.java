package org.putright.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart laid out for server-rendered SVG: no script draws it, and the table it is
 * drawn from ({@code tableId}) is always shown beside it, so the figures are readable without the
 * picture. Coordinates are in the SVG's own units.
 */
public record BarChart(
        String id,
        String title,
        String tableId,
        List<String> series,
        int width,
        int height,
        List<Bar> bars,
        List<Tick> ticks,
        List<Label> labels) {

    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    private static final int LEFT = 48;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 48;
    private static final int TICKS = 4;

    /** One bar: where it stands and what it says when hovered or read by a screen reader. */
    public record Bar(int x, int y, int width, int height, int series, String text) {}

    /** A value on the vertical axis and its height. */
    public record Tick(int y, long value) {}

    /** A group's name under its bars. */
    public record Label(int x, int y, String text) {}

    /**
     * Lays out {@code values[group][series]}: one group of bars per entry of {@code groups}, one bar
     * per series in each.
     */
    static BarChart of(
            String id, String title, String tableId, List<String> groups, List<String> series, long[][] values) {
        long max = 1;
        for (long[] group : values) {
            for (long value : group) {
                max = Math.max(max, value);
            }
        }
        long step = Math.max(1, (max + TICKS - 1) / TICKS);
        long top = step * TICKS;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int groupWidth = groups.isEmpty() ? plotWidth : plotWidth / groups.size();
        int barWidth = Math.max(1, (groupWidth - 4) / Math.max(1, series.size()));
        for (int g = 0; g < groups.size(); g++) {
            int groupX = LEFT + g * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                long value = values[g][s];
                int barHeight = (int) Math.round((double) value * plotHeight / top);
                bars.add(new Bar(
                        groupX + 2 + s * barWidth,
                        TOP + plotHeight - barHeight,
                        barWidth,
                        barHeight,
                        s,
                        groups.get(g) + ", " + series.get(s) + ": " + value));
            }
            labels.add(new Label(groupX + groupWidth / 2, HEIGHT - BOTTOM + 16, groups.get(g)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= TICKS; t++) {
            ticks.add(new Tick(TOP + plotHeight - (int) Math.round((double) t * step * plotHeight / top), t * step));
        }
        return new BarChart(id, title, tableId, series, WIDTH, HEIGHT, bars, ticks, labels);
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }
}
