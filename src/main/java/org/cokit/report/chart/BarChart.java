package org.cokit.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of 0-100 scores, laid out here so that the template only draws: each bar's label sits on
 * its own line above the bar, so long labels never clip, and an optional marker (e.g. the peers' median) is a
 * tick across the bar. The same figures go into the data table the {@code barChart} tag renders beside the SVG.
 *
 * @param id          unique on the page; the SVG's title and description hang off it
 * @param title       what the chart shows, also the table's caption
 * @param description the chart in one sentence for screen readers (the table holds the figures)
 * @param valueHeader the table's heading of the value column
 * @param markerHeader the table's heading of the marker column, or null when no bar has a marker
 */
public record BarChart(String id, String title, String description, String labelHeader, String valueHeader,
        String markerHeader, int width, int height, List<Bar> bars, List<Tick> ticks) {

    /** Drawing width; the SVG scales to its container through its viewBox. */
    public static final int WIDTH = 480;
    static final int PLOT_LEFT = 8;
    static final int PLOT_RIGHT = 380;
    static final int ROW = 44;
    static final int TOP = 8;
    static final int AXIS = 22;
    static final int BAR = 16;
    /** A generous average advance of a 12-pixel character, to tell whether a value text fits. */
    static final double VALUE_CHAR_WIDTH = 7.2;

    /**
     * One bar: label, score 0-100 (null for no value: no bar, the text says so), the text shown for it (e.g.
     * "Ready (72)"), its tone ({@code good}, {@code bad} or {@code neutral}: colour only repeats what the text says)
     * and an optional marker score with its text.
     */
    public record Item(String label, Double score, String valueText, String tone, Double marker, String markerText) {

        public static Item of(String label, Double score, String valueText, String tone) {
            return new Item(label, score, valueText, tone, null, null);
        }
    }

    public record Bar(String label, String valueText, String tone, String fill, int labelY, int barY, int barHeight,
            double barWidth, double valueX, int valueY, String valueAnchor, boolean hasMarker, double markerX, int markerTop,
            int markerBottom, String markerText) {
    }

    public record Tick(double x, String text) {
    }

    public static BarChart of(String id, String title, String description, String labelHeader, String valueHeader,
            String markerHeader, List<Item> items) {
        double plot = PLOT_RIGHT - PLOT_LEFT;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        boolean markers = false;
        for (Item item : items) {
            double score = item.score() == null ? 0 : clamp(item.score());
            double barWidth = Math.max(item.score() == null ? 0 : 2, plot * score / 100);
            boolean marker = item.marker() != null;
            markers |= marker;
            int barY = y + 20;
            // the value follows its bar unless it would run out of the drawing: then it ends at the right edge,
            // on the label's line
            double valueX = PLOT_LEFT + barWidth + 6;
            boolean fits = valueX + VALUE_CHAR_WIDTH * item.valueText().length() <= WIDTH;
            bars.add(new Bar(item.label(), item.valueText(), item.tone(), fill(item.tone()), y + 14, barY, BAR,
                    round(barWidth), fits ? round(valueX) : WIDTH - 2, fits ? barY + 13 : y + 14,
                    fits ? "start" : "end", marker,
                    marker ? round(PLOT_LEFT + plot * clamp(item.marker()) / 100) : 0, barY - 3, barY + BAR + 3,
                    item.markerText()));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 25) {
            ticks.add(new Tick(round(PLOT_LEFT + plot * t / 100), Integer.toString(t)));
        }
        return new BarChart(id, title, description, labelHeader, valueHeader, markers ? markerHeader : null, WIDTH,
                y + AXIS, List.copyOf(bars), List.copyOf(ticks));
    }

    /** Where the grid lines end. */
    public int axisY() {
        return height - AXIS + 4;
    }

    /** The baseline of the axis labels. */
    public int tickLabelY() {
        return height - 4;
    }

    public int plotTop() {
        return TOP;
    }

    private static String fill(String tone) {
        return switch (tone == null ? "neutral" : tone.toLowerCase(Locale.ROOT)) {
            case "good" -> "#1e6b2e";
            case "bad" -> "#b00020";
            default -> "#0b5394";
        };
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
