package org.cokit.engine.answers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.flow.AnswerValues;

/**
 * Per question, the distribution of the submitted answers of an assessment and where respondents disagree.
 * Counted by the database (one grouped query), not by loading every answer.
 */
@ApplicationScoped
public class AnswerStatistics {

    private final EntityManager entityManager;

    public AnswerStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Statistics for every question of the questionnaire, in its order, most disputed ones findable by value. */
    public List<QuestionStatistics> of(Assessment assessment, Questionnaire questionnaire) {
        List<Object[]> rows = entityManager.createQuery("select a.questionId, a.value, count(a) from Answer a "
                + "where a.submission.assessment.id = :assessment and a.submission.status = :submitted "
                + "group by a.questionId, a.value", Object[].class)
                .setParameter("assessment", assessment.id).setParameter("submitted", SubmissionStatus.SUBMITTED)
                .getResultList();
        Map<String, Map<String, Integer>> byQuestion = new HashMap<>();
        for (Object[] row : rows) {
            byQuestion.computeIfAbsent((String) row[0], id -> new HashMap<>())
                    .merge((String) row[1], ((Number) row[2]).intValue(), Integer::sum);
        }
        List<QuestionStatistics> statistics = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            statistics.add(statisticsOf(question, byQuestion.getOrDefault(question.id(), Map.of())));
        }
        return statistics;
    }

    /**
     * The submitted answers of an assessment per participant role: per role how many submitted, and per role,
     * question and stored value how many gave it. Submissions without a role are left out. One grouped query each.
     */
    public RoleCounts byRole(Assessment assessment) {
        Map<String, Integer> submissions = new java.util.TreeMap<>();
        entityManager.createQuery("select s.participantRole, count(s) from Submission s where s.assessment.id = "
                + ":assessment and s.status = :submitted and s.participantRole is not null group by s.participantRole",
                Object[].class).setParameter("assessment", assessment.id)
                .setParameter("submitted", SubmissionStatus.SUBMITTED).getResultList()
                .forEach(row -> submissions.put((String) row[0], ((Number) row[1]).intValue()));
        Map<String, Map<String, Map<String, Integer>>> answers = new HashMap<>();
        entityManager.createQuery("select s.participantRole, a.questionId, a.value, count(a) from Answer a join "
                + "a.submission s where s.assessment.id = :assessment and s.status = :submitted and "
                + "s.participantRole is not null group by s.participantRole, a.questionId, a.value", Object[].class)
                .setParameter("assessment", assessment.id).setParameter("submitted", SubmissionStatus.SUBMITTED)
                .getResultList().forEach(row -> answers.computeIfAbsent((String) row[0], r -> new HashMap<>())
                        .computeIfAbsent((String) row[1], q -> new HashMap<>())
                        .merge((String) row[2], ((Number) row[3]).intValue(), Integer::sum));
        return new RoleCounts(submissions, answers);
    }

    /**
     * Submitted answers by participant role: {@code submissions} per role, and {@code answers} per role, question id
     * and stored value, the number of submissions that gave it.
     */
    public record RoleCounts(Map<String, Integer> submissions, Map<String, Map<String, Map<String, Integer>>> answers) {

        public RoleCounts {
            submissions = Map.copyOf(submissions);
            answers = Map.copyOf(answers);
        }
    }

    /** How many submissions of the assessment are submitted. */
    public int submitted(Assessment assessment) {
        return entityManager.createQuery("select count(s) from Submission s where s.assessment.id = :assessment"
                + " and s.status = :submitted", Long.class).setParameter("assessment", assessment.id)
                .setParameter("submitted", SubmissionStatus.SUBMITTED).getSingleResult().intValue();
    }

    static QuestionStatistics statisticsOf(Question question, Map<String, Integer> values) {
        int notApplicable = values.getOrDefault(AnswerValues.NOT_APPLICABLE, 0);
        Map<String, Integer> counts = new LinkedHashMap<>();
        int answered = 0;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            if (entry.getKey().equals(AnswerValues.NOT_APPLICABLE)) {
                continue;
            }
            answered += entry.getValue();
            if (question.type() == QuestionType.MULTI) {
                for (String option : entry.getKey().split(",")) {
                    counts.merge(option, entry.getValue(), Integer::sum);
                }
            } else if (!question.type().isText()) {
                counts.merge(entry.getKey(), entry.getValue(), Integer::sum);
            }
        }
        Map<String, Integer> ordered = ordered(question, counts);
        String consensus = answered == 0 ? (notApplicable > 0 ? AnswerValues.NOT_APPLICABLE : null)
                : consensus(question, ordered, answered);
        return new QuestionStatistics(question.id(), question.type().id(), answered, notApplicable, ordered,
                answered < 2 ? null : disagreement(question, counts, answered), consensus);
    }

    private static String consensus(Question question, Map<String, Integer> ordered, int answered) {
        return switch (question.type()) {
            case YES_NO -> ordered.get("yes") * 2 > answered ? "yes" : "no";
            case SCALE, NUMBER -> lowerMedian(ordered, answered);
            case SINGLE -> {
                int largest = ordered.values().stream().max(Integer::compare).orElse(0);
                List<String> modes = ordered.entrySet().stream().filter(e -> e.getValue() == largest)
                        .map(Map.Entry::getKey).toList();
                yield modes.size() == 1 ? modes.get(0) : null;
            }
            case MULTI -> {
                String chosen = ordered.entrySet().stream().filter(e -> e.getValue() * 2 > answered)
                        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.joining(","));
                yield chosen.isEmpty() ? null : chosen;
            }
            default -> null;
        };
    }

    /** The value at position {@code (answered - 1) / 2} of the answers in ascending order. */
    private static String lowerMedian(Map<String, Integer> ascending, int answered) {
        int position = (answered - 1) / 2;
        for (Map.Entry<String, Integer> entry : ascending.entrySet()) {
            position -= entry.getValue();
            if (position < 0) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Options in definition order (with zero counts), numbers ascending. */
    private static Map<String, Integer> ordered(Question question, Map<String, Integer> counts) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        if (question.type() == QuestionType.YES_NO) {
            ordered.put("yes", counts.getOrDefault("yes", 0));
            ordered.put("no", counts.getOrDefault("no", 0));
        } else if (!question.options().isEmpty()) {
            for (Option option : question.options()) {
                ordered.put(option.id(), counts.getOrDefault(option.id(), 0));
            }
        } else {
            counts.entrySet().stream().sorted(Comparator.comparing(e -> new java.math.BigDecimal(e.getKey())))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        }
        return ordered;
    }

    private static Double disagreement(Question question, Map<String, Integer> counts, int answered) {
        return switch (question.type()) {
            case YES_NO -> split(counts.getOrDefault("yes", 0), answered);
            case SINGLE -> {
                int largest = counts.values().stream().max(Integer::compare).orElse(0);
                int options = question.options().size();
                yield options < 2 ? 0.0 : (1.0 - (double) largest / answered) / (1.0 - 1.0 / options);
            }
            case MULTI -> question.options().stream()
                    .mapToDouble(o -> split(counts.getOrDefault(o.id(), 0), answered)).average().orElse(0);
            case SCALE -> spread(counts, answered, question.options().size() - 1);
            default -> null;
        };
    }

    /** 0 when everyone said the same, 1 when split half and half. */
    private static double split(int yes, int answered) {
        double share = (double) yes / answered;
        return 1.0 - Math.abs(2 * share - 1);
    }

    /** Standard deviation relative to the largest possible one on a scale of {@code range} steps. */
    private static double spread(Map<String, Integer> counts, int answered, int range) {
        if (range <= 0) {
            return 0;
        }
        double mean = counts.entrySet().stream().mapToDouble(e -> Double.parseDouble(e.getKey()) * e.getValue())
                .sum() / answered;
        double variance = counts.entrySet().stream()
                .mapToDouble(e -> Math.pow(Double.parseDouble(e.getKey()) - mean, 2) * e.getValue()).sum() / answered;
        return Math.min(1.0, Math.sqrt(variance) / (range / 2.0));
    }
}
