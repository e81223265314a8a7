package org.cokit.scoring.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.i18n.Language;
import org.cokit.scoring.rules.Scale;

/** The closed rounds of a tool as the API shows them, oldest first: the trend and what was done in between. */
public record ResultHistoryView(List<RoundView> rounds) {

    /** One round: the root's value and score, its children's scores, and the actions completed since the round before. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundView(long assessment, String title, Instant closedAt, int respondents, String label,
            int levelMin, int levelMax, Double score, Map<String, Double> nodes,
            List<CompletedActionView> completedSince) {
    }

    public record CompletedActionView(long id, String actionId, String title, Instant completedAt) {
    }

    public static ResultHistoryView of(List<ResultHistory.Round> rounds, Language language) {
        return new ResultHistoryView(rounds.stream().map(r -> {
            ResultHistory.StoredValue root = r.root();
            Map<String, Double> nodes = new LinkedHashMap<>();
            r.children().forEach((id, child) -> nodes.put(id, rounded(child.score())));
            return new RoundView(r.assessmentId(), r.title(), r.closedAt(), r.respondents(),
                    label(r.ruleSet().root().scale(), root, language), root.levelMin(), root.levelMax(),
                    rounded(root.score()), nodes, r.completedSince().stream().map(a -> new CompletedActionView(
                            a.id, a.actionId, a.title, a.completedAt)).toList());
        }).toList());
    }

    /** The value's label, {@code low – high} for a range, null for none. */
    public static String label(Scale scale, ResultHistory.StoredValue value, Language language) {
        if (!value.isKnown()) {
            return null;
        }
        String low = scale.label(value.levelMin(), language);
        return value.levelMin() == value.levelMax() ? low : low + " – " + scale.label(value.levelMax(), language);
    }

    private static Double rounded(Double score) {
        return score == null ? null : Math.round(score * 100) / 100.0;
    }
}
