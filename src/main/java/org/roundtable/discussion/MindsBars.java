package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the before-and-after chart, a server-rendered SVG: for each option a pair of
 * bars (before, after) scaled to the largest figure. The template only places what is here.
 */
public final class MindsBars {

    /** The chart's drawing size (its viewBox); the page scales it to the column. */
    public static final int WIDTH = 420;
    public static final int HEIGHT = 220;

    private static final int LEFT = 30;
    private static final int GROUP = 125;
    private static final int BAR = 44;
    private static final int GAP = 8;
    private static final int BASELINE = 170;
    private static final int TALLEST = 140;

    /**
     * One bar.
     *
     * @param kind "before" or "after", for its CSS class
     * @param valueY where its figure is written, above it
     */
    public record Bar(String kind, int x, int y, int width, int height, int value, int valueX, int valueY) {
    }

    /** An option's name under its pair of bars. */
    public record Label(String text, int x, int y) {
    }

    private MindsBars() {
    }

    static List<Bar> of(List<MindsChart.Row> rows) {
        int max = Math.max(1, rows.stream().mapToInt(r -> Math.max(r.before(), r.after())).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int x = LEFT + i * GROUP;
            bars.add(bar("before", x, rows.get(i).before(), max));
            bars.add(bar("after", x + BAR + GAP, rows.get(i).after(), max));
        }
        return bars;
    }

    static List<Label> labels(List<MindsChart.Row> rows) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            labels.add(new Label(rows.get(i).stance().label(), LEFT + i * GROUP + BAR + GAP / 2, BASELINE + 20));
        }
        return labels;
    }

    private static Bar bar(String kind, int x, int value, int max) {
        int height = Math.round((float) value * TALLEST / max);
        int y = BASELINE - height;
        return new Bar(kind, x, y, BAR, height, value, x + BAR / 2, y - 6);
    }

    static int baseline() {
        return BASELINE;
    }

    /** Where the baseline ends on the right. */
    static int right() {
        return WIDTH - 10;
    }

    /** The legend's row, under the labels. */
    static int legendY() {
        return BASELINE + 34;
    }
}
