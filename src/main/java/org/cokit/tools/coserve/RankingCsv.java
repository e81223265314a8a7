package org.cokit.tools.coserve;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cokit.i18n.Language;
import org.cokit.report.export.Csv;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.NodeResult;

/**
 * The ranking as CSV: one row per service in ranking order, with its suitability, score, group levels and the
 * group's answer to each scored criterion (as stored: yes, no, n/a). Numbers use a decimal point whatever the
 * language. Quoting, the byte-order mark and formula defusing are {@link Csv}'s.
 */
@ApplicationScoped
public class RankingCsv {

    public static final String MEDIA_TYPE = "text/csv";

    public Response response(ServiceRanking.Ranking ranking, Language language) {
        return Response.ok(Csv.bytes(lines(ranking, language))).type(Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"coserve-ranking.csv\"").build();
    }

    /** The header, then one line per service. */
    public List<List<String>> lines(ServiceRanking.Ranking ranking, Language language) {
        ServeMessages m = MessageBundles.get(ServeMessages.class, Localized.Literal.of(language.tag()));
        List<ServiceRanking.Entry> scored = ranking.scored();
        List<String> groupIds = scored.isEmpty() ? List.of()
                : scored.get(0).groups().stream().map(NodeResult::id).toList();
        List<Attribute> criteria = scored.isEmpty() ? List.of()
                : scored.get(0).scoring().ruleSet().attributes().stream().filter(Attribute::isInput).toList();
        List<String> header = new ArrayList<>(List.of(m.csv_rank(), m.csv_service(), m.csv_suitability(),
                m.csv_score()));
        scored.stream().findFirst().ifPresent(e -> e.groups().forEach(g -> header.add(g.attribute().name(language))));
        header.addAll(List.of(m.csv_respondents(), m.csv_status(), m.csv_chosen()));
        criteria.forEach(c -> header.add(c.name(language)));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (ServiceRanking.Entry e : ranking.entries()) {
            List<String> cells = new ArrayList<>();
            if (e.isScored()) {
                cells.add(String.valueOf(e.rank()));
                cells.add(e.service().name);
                cells.add(e.root().label(language));
                cells.add(String.format(Locale.ROOT, "%.2f", e.root().score()));
                groupIds.forEach(g -> cells.add(e.scoring().result(g).label(language)));
                cells.add(String.valueOf(e.result().respondents()));
                cells.add(e.assessment().status.name().toLowerCase(Locale.ROOT));
            } else {
                cells.addAll(List.of("", e.service().name, "", ""));
                groupIds.forEach(g -> cells.add(""));
                cells.addAll(List.of("", ""));
            }
            cells.add(e.chosen() ? m.ranking_chosen() : "");
            for (Attribute c : criteria) {
                String answer = e.isScored() ? e.result().groupAnswers().get(c.question()) : null;
                cells.add(answer == null ? "" : answer);
            }
            lines.add(cells);
        }
        return lines;
    }
}
