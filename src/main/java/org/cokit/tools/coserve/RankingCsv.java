package org.cokit.tools.coserve;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cokit.i18n.Language;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.NodeResult;

/**
 * The ranking as CSV: one row per service in ranking order, with its suitability, score, group levels and the
 * group's answer to each scored criterion (as stored: yes, no, n/a). Numbers use a decimal point whatever the
 * language; a cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
@ApplicationScoped
public class RankingCsv {

    public static final String MEDIA_TYPE = "text/csv";

    public Response response(ServiceRanking.Ranking ranking, Language language) {
        return Response.ok(write(ranking, language).getBytes(StandardCharsets.UTF_8))
                .type(MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"coserve-ranking.csv\"").build();
    }

    public String write(ServiceRanking.Ranking ranking, Language language) {
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
        StringBuilder csv = new StringBuilder();
        line(csv, header);
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
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
