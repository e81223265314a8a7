package org.cokit.report.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;

/**
 * The columns of an answer export: the respondent's pseudonym and submission time, then per question, in the
 * questionnaire's order (extra sections of an extension file last), its answer and its comment. They depend on the
 * questionnaire version only, never on the answers: a question that a condition hid is an empty cell, not a missing
 * column, and an extension adds columns after the existing ones.
 */
public final class AnswerColumns {

    public static final String RESPONDENT = "respondent";
    public static final String SUBMITTED_AT = "submitted_at";
    public static final String COMMENT_SUFFIX = "_comment";

    /** One column: the answer ({@code comment} false) or the comment of {@code question}; both null for the fixed. */
    public record Column(String name, Section section, Question question, boolean comment) {
    }

    private final List<Column> columns;
    private final Map<String, Integer> answerIndex = new HashMap<>();

    private AnswerColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.question() != null && !column.comment()) {
                answerIndex.put(column.question().id(), i);
            }
        }
    }

    public static AnswerColumns of(Questionnaire questionnaire) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(RESPONDENT, null, null, false));
        columns.add(new Column(SUBMITTED_AT, null, null, false));
        for (Section section : questionnaire.sections()) {
            for (Question question : section.questions()) {
                columns.add(new Column(question.id(), section, question, false));
                columns.add(new Column(question.id() + COMMENT_SUFFIX, section, question, true));
            }
        }
        return new AnswerColumns(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * One submission's line: its answers and comments under their questions' columns; answers to questions the
     * questionnaire version does not have (none should exist) are left out.
     */
    public List<String> line(String respondent, Instant submittedAt, Map<String, String> answers,
            Map<String, String> comments) {
        String[] cells = new String[columns.size()];
        Arrays.fill(cells, "");
        cells[0] = respondent;
        cells[1] = submittedAt == null ? "" : submittedAt.toString();
        answers.forEach((question, value) -> put(cells, question, 0, value));
        comments.forEach((question, comment) -> put(cells, question, 1, comment));
        return Arrays.asList(cells);
    }

    private void put(String[] cells, String questionId, int offset, String value) {
        Integer index = answerIndex.get(questionId);
        if (index != null && value != null) {
            cells[index + offset] = value;
        }
    }

    /** The pseudonym of the {@code n}-th submission (from 1) in the order respondents started. */
    public static String pseudonym(int n) {
        return "R" + n;
    }
}
