package org.cokit.tools.coserve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.i18n.Language;
import org.cokit.scoring.rules.NodeResult;

/**
 * The ranking as the API shows it: services in order of suitability (those not assessed yet last, without a rank),
 * the current choice and the history of choices, newest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankingView(String language, List<RankedServiceView> services, ChoiceView chosen,
        List<ChoiceView> history) {

    /**
     * One service: its rank (shared on a tie), its suitability (value, or {@code values} for a range, label, levels,
     * 0-100 score) and its two group levels; {@code provisional} when judged from an assessment still open.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RankedServiceView(Integer rank, long id, String name, Long assessment, Boolean provisional,
            Integer respondents, LevelView suitability, Map<String, LevelView> groups, boolean chosen) {
    }

    /** A node's value: a single value id or a range of them, its label, levels (worst = 0) and 0-100 score. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelView(String name, String value, List<String> values, String label, int levelMin, int levelMax,
            double score) {

        static LevelView of(NodeResult node, Language language) {
            return new LevelView(node.attribute().name(language), node.isSingle() ? node.values().get(0) : null,
                    node.isSingle() ? null : node.values(), node.label(language), node.levelMin(), node.levelMax(),
                    Math.round(node.score() * 100) / 100.0);
        }
    }

    static RankingView of(ServiceRanking.Ranking ranking, Language language) {
        List<RankedServiceView> services = ranking.entries().stream().map(e -> {
            if (!e.isScored()) {
                return new RankedServiceView(null, e.service().id, e.service().name, null, null, null, null, null,
                        e.chosen());
            }
            Map<String, LevelView> groups = new LinkedHashMap<>();
            e.groups().forEach(g -> groups.put(g.id(), LevelView.of(g, language)));
            return new RankedServiceView(e.rank(), e.service().id, e.service().name, e.assessment().id,
                    e.isProvisional(), e.result().respondents(), LevelView.of(e.root(), language), groups,
                    e.chosen());
        }).toList();
        return new RankingView(language.tag(), services, ranking.current().map(ChoiceView::of).orElse(null),
                ranking.history().stream().map(ChoiceView::of).toList());
    }
}
