package org.cokit.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's geometry: bars proportional to scores, values kept inside the drawing, markers where the median is. */
class BarChartTest {

    private static final double PLOT = BarChart.PLOT_RIGHT - BarChart.PLOT_LEFT;

    @Test
    void barsAreProportionalAndRowsStackDown() {
        BarChart chart = BarChart.of("c", "Title", "Desc", "Area", "Score", "Median", List.of(
                BarChart.Item.of("A", 50.0, "Medium (50)", "neutral"),
                BarChart.Item.of("B", 100.0, "High (100)", "good"),
                BarChart.Item.of("C", null, "no answers", "neutral")));
        List<BarChart.Bar> bars = chart.bars();
        assertEquals(PLOT / 2, bars.get(0).barWidth(), 0.1);
        assertEquals(PLOT, bars.get(1).barWidth(), 0.1);
        assertEquals(0, bars.get(2).barWidth(), "no value, no bar");
        assertEquals(BarChart.ROW, bars.get(1).barY() - bars.get(0).barY());
        assertEquals("#1e6b2e", bars.get(1).fill());
        assertNull(chart.markerHeader(), "no marker column without markers");
        assertEquals(BarChart.TOP + 3 * BarChart.ROW + BarChart.AXIS, chart.height());
        assertEquals(5, chart.ticks().size());
    }

    @Test
    void aValueTooLongToFollowItsBarEndsAtTheRightEdge() {
        BarChart chart = BarChart.of("c", "T", "D", "A", "S", null, List.of(
                BarChart.Item.of("short", 90.0, "High (90)", "good"),
                BarChart.Item.of("long", 90.0, "Unsuitable – Suitable with conditions (17)", "neutral")));
        BarChart.Bar fits = chart.bars().get(0);
        BarChart.Bar ends = chart.bars().get(1);
        assertEquals("start", fits.valueAnchor());
        assertTrue(fits.valueX() + BarChart.VALUE_CHAR_WIDTH * fits.valueText().length() <= BarChart.WIDTH);
        assertEquals("end", ends.valueAnchor());
        assertEquals(BarChart.WIDTH - 2, ends.valueX());
        assertEquals(ends.labelY(), ends.valueY(), "on the label's line, clear of the bar");
    }

    @Test
    void theMarkerStandsAtTheMedian() {
        BarChart chart = BarChart.of("c", "T", "D", "A", "S", "Median", List.of(
                new BarChart.Item("A", 30.0, "30", "bad", 75.0, "75")));
        BarChart.Bar bar = chart.bars().get(0);
        assertTrue(bar.hasMarker());
        assertEquals(BarChart.PLOT_LEFT + PLOT * 0.75, bar.markerX(), 0.1);
        assertEquals("Median", chart.markerHeader());
        assertFalse(chart.bars().isEmpty());
    }
}
