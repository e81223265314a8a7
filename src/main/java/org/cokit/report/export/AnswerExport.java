package org.cokit.report.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.comparison.Comparison;
import org.cokit.comparison.ComparisonService;
import org.cokit.comparison.NodeComparison;
import org.cokit.comparison.PeerFigures;
import org.cokit.comparison.PeerGroup;
import org.cokit.comparison.Refusal;
import org.cokit.engine.answers.Assessment;
import org.cokit.engine.answers.AssessmentService;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.flow.AnswerValues;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.error.ConflictException;
import org.cokit.i18n.Language;
import org.cokit.report.ReportMessages;
import org.cokit.scoring.results.AssessmentResult;
import org.cokit.scoring.results.AssessmentResults;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.ScoringResult;
import org.cokit.web.ComparisonMessages;
import org.cokit.web.Messages;

/**
 * Exports of an assessment's submitted answers for its organisation's coordinators and managers: CSV, a codebook
 * as CSV, and XLSX with the answers, the codebook and the result (with the comparison with all sharing
 * organisations, under the same disclosure rule as the pages). {@link #prepare} checks access, works out the small
 * parts and records the export in the audit log; {@link #write} then streams the answers row by row.
 */
@ApplicationScoped
public class AnswerExport {

    /** What is downloaded; {@code id} goes into the audit entry and the file name. */
    public enum Format {
        CSV("csv"), XLSX("xlsx"), CODEBOOK("codebook.csv");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** An authorised export, ready to stream: everything but the answers is already worked out. */
    public record Prepared(long assessmentId, long organisationId, String fileName, AnswerColumns columns,
            List<List<String>> codebook, List<List<Object>> result) {
    }

    private final AssessmentService assessments;
    private final QuestionnaireRegistry questionnaires;
    private final AssessmentResults results;
    private final ComparisonService comparisons;
    private final SubmittedAnswers answers;
    private final AuditLog audit;

    public AnswerExport(AssessmentService assessments, QuestionnaireRegistry questionnaires,
            AssessmentResults results, ComparisonService comparisons, SubmittedAnswers answers, AuditLog audit) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.results = results;
        this.comparisons = comparisons;
        this.answers = answers;
        this.audit = audit;
    }

    /**
     * The export of assessment {@code assessmentId} of the caller's organisation; empty when there is none. Not one
     * transaction: a comparison that is refused (a conflict) must not roll back the audit entry, written last.
     */
    public Optional<Prepared> prepare(long assessmentId, Format format, Language language) {
        return QuarkusTransaction.requiringNew().call(() -> assessments.find(assessmentId).map(Target::of))
                .map(target -> {
                    Questionnaire questionnaire = questionnaires.find(target.questionnaireId(),
                            target.questionnaireVersion()).orElseThrow(() -> new IllegalStateException("questionnaire "
                                    + target.questionnaireId() + " v" + target.questionnaireVersion() + " is not loaded"));
                    AnswerColumns columns = AnswerColumns.of(questionnaire);
                    List<List<String>> codebook = format == Format.CSV ? List.of() : codebook(columns, language);
                    List<List<Object>> result = format == Format.XLSX ? result(target.id(), language) : List.of();
                    String label = target.title() != null ? target.title() : questionnaire.title().in(language);
                    audit.record(target.organisationId(), AuditAction.DATA_EXPORTED, AuditAction.ASSESSMENT,
                            target.id(), label, "format=" + format.id() + ", lang=" + language.tag());
                    String fileName = target.tool() + "-" + target.id() + "-"
                            + (format == Format.CODEBOOK ? "codebook.csv" : "answers." + format.id());
                    return new Prepared(target.id(), target.organisationId(), fileName, columns, codebook, result);
                });
    }

    /** What an export needs of its assessment, read while the entity is attached. */
    private record Target(long id, long organisationId, String tool, String title, String questionnaireId,
            int questionnaireVersion) {

        static Target of(Assessment a) {
            return new Target(a.id, a.organisation.id, a.tool, a.title, a.questionnaireId, a.questionnaireVersion);
        }
    }

    /** Streams the prepared export to {@code out}. */
    public void write(Prepared export, Format format, OutputStream out) {
        switch (format) {
            case CODEBOOK -> {
                try (Csv csv = Csv.to(out)) {
                    export.codebook().forEach(csv::line);
                }
            }
            case CSV -> {
                try (Csv csv = Csv.to(out)) {
                    csv.line(export.columns().header());
                    answers.forEach(export.organisationId(), export.assessmentId(), row -> csv.line(line(export, row)));
                }
            }
            case XLSX -> new AnswersWorkbook(out, export.columns()).write(
                    each -> answers.forEach(export.organisationId(), export.assessmentId(),
                            row -> each.accept(line(export, row))),
                    export.codebook(), export.result());
        }
    }

    private static List<String> line(Prepared export, SubmittedAnswers.Row row) {
        return export.columns().line(AnswerColumns.pseudonym(row.number()), row.submittedAt(), row.answers(),
                row.comments());
    }

    /** Per column: what it holds, and for answers per code its label in {@code language}. */
    static List<List<String>> codebook(AnswerColumns columns, Language language) {
        ExportMessages t = MessageBundles.get(ExportMessages.class, Localized.Literal.of(language.tag()));
        Messages m = MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("column", "question_id", "section_id", "section", "type", "text", "code", "label"));
        for (AnswerColumns.Column column : columns.columns()) {
            Question question = column.question();
            if (question == null) {
                String text = AnswerColumns.RESPONDENT.equals(column.name()) ? t.codebook_respondent()
                        : t.codebook_submitted_at();
                lines.add(List.of(column.name(), "", "", "", "", text, "", ""));
                continue;
            }
            String section = column.section().title().in(language);
            String text = question.text().in(language);
            if (column.comment()) {
                lines.add(List.of(column.name(), question.id(), column.section().id(), section, "comment",
                        t.codebook_comment(text), "", ""));
                continue;
            }
            List<String[]> codes = codes(question, language, m);
            if (codes.isEmpty()) {
                lines.add(List.of(column.name(), question.id(), column.section().id(), section, question.type().id(),
                        text, "", ""));
            }
            for (String[] code : codes) {
                lines.add(List.of(column.name(), question.id(), column.section().id(), section, question.type().id(),
                        text, code[0], code[1]));
            }
        }
        return lines;
    }

    private static List<String[]> codes(Question question, Language language, Messages m) {
        List<String[]> codes = new ArrayList<>();
        if (question.type() == QuestionType.YES_NO) {
            codes.add(new String[] {"yes", m.answer_yes()});
            codes.add(new String[] {"no", m.answer_no()});
        }
        for (Option option : question.options()) {
            String label = option.label().isEmpty() ? option.id() : option.label().in(language);
            codes.add(new String[] {option.id(), label});
        }
        if (question.allowNotApplicable()) {
            codes.add(new String[] {AnswerValues.NOT_APPLICABLE, m.question_not_applicable()});
        }
        return codes;
    }

    /**
     * The result sheet: per aggregate node its value, label and 0-100 score; then the comparison with all sharing
     * organisations, or why there is none. A withheld group or node shows only the reason, never a figure.
     */
    private List<List<Object>> result(long assessmentId, Language language) {
        ExportMessages t = MessageBundles.get(ExportMessages.class, Localized.Literal.of(language.tag()));
        ReportMessages r = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.tag()));
        ComparisonMessages c = MessageBundles.get(ComparisonMessages.class, Localized.Literal.of(language.tag()));
        List<List<Object>> lines = new ArrayList<>();
        Optional<ScoringResult> scoring = results.of(assessmentId).flatMap(AssessmentResult::scoring);
        if (scoring.isEmpty()) {
            lines.add(List.of(t.result_none()));
        } else {
            lines.add(List.of("node", "name", "value", "label", "score"));
            for (NodeResult node : scoring.get().nodes()) {
                lines.add(List.of(node.id(), node.attribute().name(language), String.join("..", node.values()),
                        node.isKnown() ? node.label(language) : r.result_no_value(),
                        node.isKnown() ? round(node.score()) : ""));
            }
        }
        lines.add(List.of());
        lines.add(List.of(t.result_comparison()));
        Comparison comparison;
        try {
            comparison = comparisons.compare(assessmentId, PeerGroup.ALL).orElseThrow();
        } catch (ConflictException e) {
            lines.add(List.of(switch (e.code()) {
                case ComparisonService.NOT_CLOSED -> r.compare_open();
                case ComparisonService.NOT_OPTED_IN -> r.compare_not_shared();
                default -> r.compare_no_result();
            }));
            return lines;
        }
        if (comparison.isRefused()) {
            lines.add(List.of(refusal(comparison.refused(), c)));
            return lines;
        }
        lines.add(List.of("node", "name", "score", "lower_quartile", "median", "upper_quartile", "percentile_rank",
                "organisations"));
        for (NodeComparison node : comparison.nodes()) {
            String name = scoring.flatMap(s -> s.ruleSet().attribute(node.nodeId()))
                    .map(a -> a.name(language)).orElse(node.nodeId());
            Object own = node.score() == null ? "" : round(node.score());
            if (node.isRefused()) {
                lines.add(List.of(node.nodeId(), name, own, refusal(node.refused(), c)));
                continue;
            }
            PeerFigures peers = node.peers();
            lines.add(List.of(node.nodeId(), name, own, round(peers.lowerQuartile()), round(peers.median()),
                    round(peers.upperQuartile()), peers.percentileRank() == null ? "" : round(peers.percentileRank()),
                    peers.organisations()));
        }
        return lines;
    }

    private static String refusal(Refusal refusal, ComparisonMessages c) {
        return refusal == Refusal.OVERLAPPING_GROUP ? c.comparison_overlapping() : c.comparison_too_few();
    }

    private static Double round(double value) {
        return Double.valueOf(String.format(Locale.ROOT, "%.2f", value));
    }
}
