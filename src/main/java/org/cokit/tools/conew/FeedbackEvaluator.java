package org.cokit.tools.conew;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates annotations into a journey's feedback; pure, so the figures are easy to check. */
public final class FeedbackEvaluator {

    /** A stage in journey order. */
    public record StageRef(long id, String name) {
    }

    /** What aggregation needs of one accepted annotation (published or merged). */
    public record Fact(long id, long stageId, Integer feeling, String problem, String idea, boolean published,
            String language) {
    }

    private FeedbackEvaluator() {
    }

    /**
     * @param support per annotation id, the votes for its idea (a merged duplicate's already added to its target)
     * @param themes  the frequent words, counted by the caller
     */
    public static FeedbackView evaluate(long journeyId, String title, List<StageRef> stages, List<Fact> facts,
            Map<Long, Long> support, List<FeedbackView.ThemeCount> themes) {
        Map<Long, List<Fact>> byStage = new LinkedHashMap<>();
        stages.forEach(s -> byStage.put(s.id(), new ArrayList<>()));
        facts.stream().filter(f -> byStage.containsKey(f.stageId())).forEach(f -> byStage.get(f.stageId()).add(f));
        List<FeedbackView.StageFeedback> rows = new ArrayList<>();
        int total = 0;
        int feelings = 0;
        long feelingSum = 0;
        for (StageRef stage : stages) {
            List<Fact> own = byStage.get(stage.id());
            int[] counts = new int[5];
            int felt = 0;
            long sum = 0;
            int problems = 0;
            int ideas = 0;
            for (Fact f : own) {
                if (f.feeling() != null && f.feeling() >= 1 && f.feeling() <= 5) {
                    counts[f.feeling() - 1]++;
                    felt++;
                    sum += f.feeling();
                }
                problems += hasText(f.problem()) ? 1 : 0;
                ideas += hasText(f.idea()) ? 1 : 0;
            }
            total += own.size();
            feelings += felt;
            feelingSum += sum;
            rows.add(new FeedbackView.StageFeedback(stage.id(), stage.name(), own.size(), felt,
                    felt == 0 ? null : round((double) sum / felt), List.of(counts[0], counts[1], counts[2], counts[3],
                            counts[4]), problems, own.isEmpty() ? 0 : round((double) problems / own.size()), ideas));
        }
        Long worst = rows.stream().filter(r -> r.feelingAverage() != null)
                .min(Comparator.comparingDouble(FeedbackView.StageFeedback::feelingAverage))
                .map(FeedbackView.StageFeedback::stageId).orElse(null);
        Map<Long, String> names = new LinkedHashMap<>();
        stages.forEach(s -> names.put(s.id(), s.name()));
        List<FeedbackView.IdeaFeedback> ideas = facts.stream()
                .filter(f -> f.published() && hasText(f.idea()) && names.containsKey(f.stageId()))
                .map(f -> new FeedbackView.IdeaFeedback(f.id(), f.stageId(), names.get(f.stageId()), f.idea(),
                        support.getOrDefault(f.id(), 0L)))
                .sorted(Comparator.comparingLong(FeedbackView.IdeaFeedback::support).reversed()
                        .thenComparingLong(FeedbackView.IdeaFeedback::annotationId))
                .toList();
        return new FeedbackView(journeyId, title, total, feelings,
                feelings == 0 ? null : round((double) feelingSum / feelings), worst, rows, ideas, themes);
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
