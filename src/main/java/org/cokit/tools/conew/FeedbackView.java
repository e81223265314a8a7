package org.cokit.tools.conew;

import java.util.List;

/**
 * A journey's aggregated feedback from its published (and merged) annotations: per stage, in journey order, the
 * feeling distribution (counts of 1 to 5) and average (the emotion curve) and the number and share of problems (the
 * heat strip); the ideas ranked by support; the most frequent words.
 */
public record FeedbackView(long journeyId, String title, int annotations, int feelings, Double feelingAverage,
        Long worstStageId, List<StageFeedback> stages, List<IdeaFeedback> ideas, List<ThemeCount> themes) {

    public record StageFeedback(long stageId, String name, int annotations, int feelings, Double feelingAverage,
            List<Integer> feelingCounts, int problems, double problemShare, int ideas) {
    }

    public record IdeaFeedback(long annotationId, long stageId, String stageName, String idea, long support) {
    }

    public record ThemeCount(String word, int count) {
    }
}
