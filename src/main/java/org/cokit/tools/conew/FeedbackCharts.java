package org.cokit.tools.conew;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the feedback's two SVG charts, laid out here so templates only draw: the emotion curve (average
 * feeling per stage, 1 at the bottom, 5 at the top) and the heat strip (share of annotations naming a problem per
 * stage, darker for more). The feedback page's table carries the same figures as text.
 */
public record FeedbackCharts(int width, int curveHeight, List<CurvePoint> points, String polyline,
        List<GridLine> grid, int stripHeight, List<HeatCell> cells) {

    static final int WIDTH = 640;
    static final int LEFT = 96;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int PLOT = 160;
    static final int CURVE_HEIGHT = TOP + PLOT + 40;
    static final int STRIP_HEIGHT = 64;

    /** A stage on the curve; {@code hasValue} false when nobody said how it felt (no dot, a gap in the line). */
    public record CurvePoint(double x, double y, boolean hasValue, String valueText, String number, String name,
            double labelY) {
    }

    public record GridLine(double y, String text) {
    }

    public record HeatCell(double x, double width, String fill, String textFill, String valueText, String number,
            double textX) {
    }

    /** @param levelWords the words for feelings 1 to 5, shown along the curve's axis */
    public static FeedbackCharts of(FeedbackView feedback, List<String> levelWords, Locale locale) {
        List<FeedbackView.StageFeedback> stages = feedback.stages();
        int n = Math.max(1, stages.size());
        double step = (double) (WIDTH - LEFT - RIGHT) / n;
        List<CurvePoint> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<HeatCell> cells = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            FeedbackView.StageFeedback s = stages.get(i);
            double x = round(LEFT + step * (i + 0.5));
            boolean has = s.feelingAverage() != null;
            double y = has ? yOf(s.feelingAverage()) : TOP + PLOT;
            if (has) {
                line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            }
            points.add(new CurvePoint(x, y, has, has ? String.format(locale, "%.1f", s.feelingAverage()) : "",
                    String.valueOf(i + 1), shorten(s.name()), has ? round(y - 10) : 0));
            double share = s.problemShare();
            boolean dark = share >= 0.6;
            cells.add(new HeatCell(round(LEFT + step * i), round(step - 2), fill(s.annotations() == 0 ? -1 : share),
                    dark ? "#ffffff" : "#1b1f23", s.annotations() == 0 ? "–"
                            : String.format(locale, "%d %%", Math.round(share * 100)), String.valueOf(i + 1),
                    round(LEFT + step * i + (step - 2) / 2)));
        }
        List<GridLine> grid = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            grid.add(new GridLine(yOf(level), level + " " + levelWords.get(level - 1)));
        }
        return new FeedbackCharts(WIDTH, CURVE_HEIGHT, points, line.toString(), grid, STRIP_HEIGHT, cells);
    }

    /** Where the stage numbers sit under the curve. */
    public int numberY() {
        return TOP + PLOT + 18;
    }

    public int nameY() {
        return TOP + PLOT + 34;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    private static double yOf(double feeling) {
        return round(TOP + PLOT - (feeling - 1) / 4 * PLOT);
    }

    private static String fill(double share) {
        if (share < 0) {
            return "#ffffff";
        }
        if (share < 0.2) {
            return "#fde0dd";
        }
        if (share < 0.4) {
            return "#fcc5c0";
        }
        if (share < 0.6) {
            return "#f768a1";
        }
        return share < 0.8 ? "#ae017e" : "#49006a";
    }

    private static String shorten(String name) {
        return name.length() <= 14 ? name : name.substring(0, 13) + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
