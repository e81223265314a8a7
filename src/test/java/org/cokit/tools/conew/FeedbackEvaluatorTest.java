package org.cokit.tools.conew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.cokit.report.export.Csv;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregation behind the emotion curve, the heat strip and the ideas' ranking. */
class FeedbackEvaluatorTest {

    private static final List<FeedbackEvaluator.StageRef> STAGES = List.of(new FeedbackEvaluator.StageRef(10, "Aware"),
            new FeedbackEvaluator.StageRef(20, "Applying"), new FeedbackEvaluator.StageRef(30, "Receiving"));

    @Test
    void countsFeelingsProblemsAndIdeasPerStageInJourneyOrder() {
        List<FeedbackEvaluator.Fact> facts = List.of(
                fact(1, 20, 1, "slow", "faster"), fact(2, 20, 2, "long form", null), fact(3, 20, null, "queue", null),
                fact(4, 10, 5, null, "remind me"), fact(5, 10, 4, null, null), fact(6, 99, 1, "unknown stage", null));
        FeedbackView view = FeedbackEvaluator.evaluate(7, "J", STAGES, facts, Map.of(4L, 3L, 1L, 5L), List.of());
        assertEquals(List.of(10L, 20L, 30L), view.stages().stream().map(FeedbackView.StageFeedback::stageId).toList());
        FeedbackView.StageFeedback aware = view.stages().get(0);
        assertEquals(2, aware.annotations());
        assertEquals(4.5, aware.feelingAverage());
        assertEquals(List.of(0, 0, 0, 1, 1), aware.feelingCounts());
        FeedbackView.StageFeedback applying = view.stages().get(1);
        assertEquals(3, applying.annotations());
        assertEquals(2, applying.feelings());
        assertEquals(1.5, applying.feelingAverage());
        assertEquals(3, applying.problems());
        assertEquals(1.0, applying.problemShare());
        assertNull(view.stages().get(2).feelingAverage());
        assertEquals(0.0, view.stages().get(2).problemShare());
        assertEquals(5, view.annotations(), "a fact of another journey's stage is left out");
        assertEquals(3.0, view.feelingAverage());
        assertEquals(20L, view.worstStageId());
        assertEquals(List.of("faster", "remind me"), view.ideas().stream().map(FeedbackView.IdeaFeedback::idea)
                .toList());
        assertEquals(5L, view.ideas().get(0).support());
    }

    @Test
    void aMergedDuplicateCountsButItsIdeaIsNotListed() {
        List<FeedbackEvaluator.Fact> facts = List.of(fact(1, 10, 2, null, "save as I go"),
                new FeedbackEvaluator.Fact(2, 10, 4, null, "save as I go please", false, "en"));
        FeedbackView view = FeedbackEvaluator.evaluate(7, "J", STAGES, facts, Map.of(), List.of());
        assertEquals(2, view.stages().get(0).annotations());
        assertEquals(3.0, view.stages().get(0).feelingAverage());
        assertEquals(1, view.ideas().size());
    }

    @Test
    void theFrequentWordsLeaveOutStopWordsPerLanguage() {
        List<FeedbackView.ThemeCount> themes = ThemeCounter.count(List.of(new ThemeCounter.Text(
                "The form and the FORM, the queue", "en"), new ThemeCounter.Text("Obrazec je predolg in obrazec", "sl"),
                new ThemeCounter.Text(null, "en")), 3);
        assertEquals(List.of(new FeedbackView.ThemeCount("form", 2), new FeedbackView.ThemeCount("obrazec", 2),
                new FeedbackView.ThemeCount("predolg", 1)), themes);
    }

    @Test
    void theQrCodeIsDrawnWithAQuietZoneAndCsvCellsCannotBecomeFormulas() {
        QrCodeSvg qr = QrCodeSvg.of("https://cokit.example/j/abcdefghijklmnopqrstuv");
        assertEquals(0, (qr.size() - 8 - 21) % 4, "a QR version's side is 17 + 4 v modules, plus 8 of quiet zone");
        assertEquals("M4,4h1v1h-1z", qr.path().substring(0, 12), "the finder pattern's corner");
        assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\""), Csv.cell("=HYPERLINK(\"x\")")
                .substring(1, Csv.cell("=HYPERLINK(\"x\")").length() - 1));
        assertEquals("'-1", Csv.cell("-1"));
    }

    private static FeedbackEvaluator.Fact fact(long id, long stage, Integer feeling, String problem, String idea) {
        return new FeedbackEvaluator.Fact(id, stage, feeling, problem, idea, true, "en");
    }
}
