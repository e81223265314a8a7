package org.cokit.tools.conew;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cokit.i18n.Language;
import org.cokit.report.export.Csv;

/**
 * The feedback as CSV: one row per stage (annotations, feeling counts 1-5 and average, problems and their share,
 * ideas), then the ideas by support and the frequent words. Numbers use a decimal point whatever the language; a
 * cell that a spreadsheet would take for a formula is prefixed with an apostrophe (free text comes from the public).
 */
@ApplicationScoped
public class FeedbackCsv {

    public Response response(FeedbackView feedback, Language language) {
        return Response.ok(Csv.bytes(lines(feedback, language))).type(Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"conew-feedback.csv\"").build();
    }

    public List<List<String>> lines(FeedbackView f, Language language) {
        ConewMessages m = MessageBundles.get(ConewMessages.class, Localized.Literal.of(language.tag()));
        List<List<String>> csv = new ArrayList<>();
        csv.add(List.of(m.csv_position(), m.csv_stage(), m.csv_annotations(), m.feeling_1(), m.feeling_2(),
                m.feeling_3(), m.feeling_4(), m.feeling_5(), m.csv_average(), m.csv_problems(), m.csv_problem_share(),
                m.csv_ideas()));
        int position = 1;
        for (FeedbackView.StageFeedback s : f.stages()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(position++), s.name(),
                    String.valueOf(s.annotations())));
            s.feelingCounts().forEach(c -> cells.add(String.valueOf(c)));
            cells.add(s.feelingAverage() == null ? "" : String.format(Locale.ROOT, "%.2f", s.feelingAverage()));
            cells.add(String.valueOf(s.problems()));
            cells.add(String.format(Locale.ROOT, "%.2f", s.problemShare()));
            cells.add(String.valueOf(s.ideas()));
            csv.add(cells);
        }
        csv.add(List.of());
        csv.add(List.of(m.csv_idea(), m.csv_stage(), m.csv_support()));
        f.ideas().forEach(i -> csv.add(List.of(i.idea(), i.stageName(), String.valueOf(i.support()))));
        csv.add(List.of());
        csv.add(List.of(m.csv_word(), m.csv_count()));
        f.themes().forEach(t -> csv.add(List.of(t.word(), String.valueOf(t.count()))));
        return csv;
    }
}
