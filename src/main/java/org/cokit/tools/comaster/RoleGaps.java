package org.cokit.tools.comaster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.cokit.engine.flow.AnswerValues;

/**
 * How differently the participant roles see each dimension (a section of the questionnaire): per role the mean of
 * all its submitted answers to the dimension's scale statements, on the questionnaire's own scale (1-5 for
 * CoMaster; "don't know" left out), and the largest difference between two roles that answered. A difference of
 * more than {@link #THRESHOLD} point is flagged. Pure: counts in, figures out.
 */
public final class RoleGaps {

    /** Roles further apart than this many points on the answer scale see a dimension differently. */
    public static final double THRESHOLD = 1.0;

    private RoleGaps() {
    }

    /**
     * One dimension: {@code means} per role in the questionnaire's order (null where the role gave no answer to it),
     * {@code difference} between the highest and lowest mean (null with fewer than two roles), and whether it is
     * flagged.
     */
    public record Gap(String dimension, Map<String, Double> means, Double difference, boolean flagged) {
    }

    /**
     * @param answers per role, question id and stored value, how many submissions gave it (see
     *                {@code AnswerStatistics#byRole})
     */
    public static List<Gap> of(Questionnaire questionnaire, Map<String, Map<String, Map<String, Integer>>> answers) {
        List<String> roles = questionnaire.participantRoles().stream().map(r -> r.id()).toList();
        List<Gap> gaps = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            List<Question> scales = section.questions().stream().filter(q -> q.type() == QuestionType.SCALE).toList();
            if (scales.isEmpty()) {
                continue;
            }
            Map<String, Double> means = new LinkedHashMap<>();
            double highest = Double.NEGATIVE_INFINITY;
            double lowest = Double.POSITIVE_INFINITY;
            int answered = 0;
            for (String role : roles) {
                Map<String, Map<String, Integer>> byQuestion = answers.getOrDefault(role, Map.of());
                double sum = 0;
                int count = 0;
                for (Question question : scales) {
                    for (Map.Entry<String, Integer> value : byQuestion.getOrDefault(question.id(), Map.of())
                            .entrySet()) {
                        if (!AnswerValues.NOT_APPLICABLE.equals(value.getKey())) {
                            sum += Integer.parseInt(value.getKey()) * value.getValue();
                            count += value.getValue();
                        }
                    }
                }
                Double mean = count == 0 ? null : sum / count;
                means.put(role, mean);
                if (mean != null) {
                    answered++;
                    highest = Math.max(highest, mean);
                    lowest = Math.min(lowest, mean);
                }
            }
            Double difference = answered < 2 ? null : highest - lowest;
            gaps.add(new Gap(section.id(), means, difference, difference != null && difference > THRESHOLD + 1e-9));
        }
        return gaps;
    }
}
