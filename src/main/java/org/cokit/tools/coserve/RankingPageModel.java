package org.cokit.tools.coserve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Section;
import org.cokit.i18n.Language;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.Explanation;
import org.cokit.scoring.rules.NodeResult;
import org.cokit.scoring.rules.ScoringResult;

/**
 * Everything the ranking page shows, worked out from a ranking in one language: the ranking table, the chart's
 * geometry, the criteria matrix, and per service the explanation and what-if. Templates only lay it out.
 */
public record RankingPageModel(List<Row> rows, List<String> groupNames, String notAssessed, Chart chart,
        Matrix matrix, List<Explained> explained) {

    /** One ranked service. {@code levelClass} styles the level (the text says it too). */
    public record Row(long id, int rank, boolean tie, String name, String suitability, String levelClass,
            String score, List<String> groups, int respondents, boolean provisional, boolean chosen) {
    }

    /** A horizontal bar chart in SVG user units. */
    public record Chart(int width, int height, int barX, int barMax, int nameX, int labelX, List<Bar> bars) {
    }

    /** One bar; {@code fill} is given as an attribute too, so the chart keeps its colours outside the page (PDF). */
    public record Bar(int y, int textY, int width, String name, String label, String levelClass, String fill) {
    }

    /** Criteria (rows, in groups) by services (columns, in ranking order). */
    public record Matrix(List<String> services, List<MatrixGroup> groups) {

        /** The number of columns: the criterion and one per service. */
        public int columns() {
            return services.size() + 1;
        }
    }

    /** A group of criteria: the rule set's group node with each service's level, or the questions not scored. */
    public record MatrixGroup(String id, String title, List<String> levels, List<MatrixRow> rows) {
    }

    public record MatrixRow(String criterion, List<Cell> cells) {
    }

    /** One answer: its text, and whether it counts for the service ({@code effect} for, against, open or none). */
    public record Cell(String answer, String effect, String symbol, String effectText) {
    }

    /** Why one service stands where it does, and what would raise it. */
    public record Explained(long id, String name, String suitability, List<String> strengths, List<String> weaknesses,
            List<String> whatIf, List<String> actions) {
    }

    static final int CHART_WIDTH = 640;
    static final int BAR_X = 220;
    static final int BAR_MAX = 320;
    static final int ROW_HEIGHT = 36;
    /** Bar colours by level, worst first; the label on each bar says the level in words. */
    private static final String[] FILLS = {"#f3b3b3", "#f6d88e", "#a9d8a8", "#7cc48a"};

    public static RankingPageModel of(ServiceRanking.Ranking ranking, Language language, ServeMessages m) {
        Locale locale = language.locale();
        List<ServiceRanking.Entry> scored = ranking.scored();
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<Explained> explained = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ServiceRanking.Entry e = scored.get(i);
            NodeResult root = e.root();
            boolean tie = scored.stream().filter(o -> o != e && o.rank() == e.rank()).findAny().isPresent();
            String levelClass = "level-" + root.levelMin() + (root.isSingle() ? "" : " level-range");
            rows.add(new Row(e.service().id, e.rank(), tie, e.service().name, root.label(language), levelClass,
                    score(root, locale), e.groups().stream().map(g -> g.label(language)).toList(),
                    e.result().respondents(), e.isProvisional(), e.chosen()));
            int y = 8 + i * ROW_HEIGHT;
            bars.add(new Bar(y, y + 19, (int) Math.round(Math.max(0, root.score()) / 100.0 * BAR_MAX),
                    shorten(e.service().name, 30), root.label(language) + " · " + score(root, locale), levelClass,
                    FILLS[Math.min(root.levelMin(), FILLS.length - 1)]));
            explained.add(explain(e, language, m));
        }
        List<String> groupNames = scored.isEmpty() ? List.of()
                : scored.get(0).groups().stream().map(g -> g.attribute().name(language)).toList();
        List<String> notScored = ranking.entries().stream().filter(e -> !e.isScored()).map(e -> e.service().name)
                .toList();
        String notAssessed = notScored.isEmpty() ? null : String.join(", ", notScored);
        Chart chart = new Chart(CHART_WIDTH, 16 + scored.size() * ROW_HEIGHT, BAR_X, BAR_MAX, BAR_X - 10, BAR_X + 6,
                bars);
        return new RankingPageModel(rows, groupNames, notAssessed, chart, matrix(scored, language, m), explained);
    }

    private static Matrix matrix(List<ServiceRanking.Entry> scored, Language language, ServeMessages m) {
        if (scored.isEmpty()) {
            return new Matrix(List.of(), List.of());
        }
        ScoringResult first = scored.get(0).scoring();
        List<MatrixGroup> groups = new ArrayList<>();
        Set<String> scoredQuestions = new HashSet<>();
        for (NodeResult group : scored.get(0).groups()) {
            List<MatrixRow> rows = new ArrayList<>();
            for (String inputId : group.attribute().from()) {
                Attribute input = first.ruleSet().attribute(inputId).orElseThrow();
                if (!input.isInput()) {
                    continue;
                }
                scoredQuestions.add(input.question());
                List<Cell> cells = scored.stream().map(e -> cell(e.result().groupAnswers().get(input.question()),
                        e.scoring().result(inputId), m)).toList();
                rows.add(new MatrixRow(input.name(language), cells));
            }
            List<String> levels = scored.stream().map(e -> e.scoring().result(group.id()).label(language)).toList();
            groups.add(new MatrixGroup(group.id(), group.attribute().name(language), levels, rows));
        }
        List<MatrixRow> extra = new ArrayList<>();
        for (Section section : scored.get(0).result().questionnaire().sections()) {
            for (Question question : section.questions()) {
                if (!scoredQuestions.contains(question.id())) {
                    List<Cell> cells = scored.stream().map(e -> cell(e.result().groupAnswers().get(question.id()),
                            null, m)).toList();
                    extra.add(new MatrixRow(question.text().in(language), cells));
                }
            }
        }
        if (!extra.isEmpty()) {
            groups.add(new MatrixGroup("extra", m.matrix_extra(), null, extra));
        }
        return new Matrix(scored.stream().map(e -> e.service().name).toList(), groups);
    }

    /** The group's answer and, for a scored criterion, whether its value counts for or against the service. */
    private static Cell cell(String answer, NodeResult input, ServeMessages m) {
        String answerText = answerText(answer, m);
        if (input == null) {
            return new Cell(answerText, "none", "", "");
        }
        if (input.isSingle() && input.isStrong()) {
            return new Cell(answerText, "for", "✓", m.effect_for());
        }
        if (input.isSingle() && input.isWeak()) {
            return new Cell(answerText, "against", "✗", m.effect_against());
        }
        return new Cell(answerText, "open", "?", m.effect_unknown());
    }

    static String answerText(String answer, ServeMessages m) {
        if (answer == null) {
            return m.answer_none();
        }
        return switch (answer) {
            case "yes" -> m.answer_yes();
            case "no" -> m.answer_no();
            case "n/a" -> m.answer_unknown();
            default -> answer;
        };
    }

    private static Explained explain(ServiceRanking.Entry e, Language language, ServeMessages m) {
        ScoringResult scoring = e.scoring();
        List<String> strengths = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        for (NodeResult input : scoring.inputs()) {
            if (input.isSingle() && input.isStrong()) {
                strengths.add(input.attribute().name(language));
            } else if (input.isSingle() && input.isWeak()) {
                weaknesses.add(input.attribute().name(language));
            }
        }
        List<String> whatIf = new ArrayList<>();
        Locale locale = language.locale();
        scoring.explanation().ifPresent(explanation -> {
            for (Explanation.Change change : explanation.raise()) {
                if (whatIf.size() >= 5) {
                    break;
                }
                String answer = change.answerAfter() == null ? change.inputAfter().label(language)
                        : answerText(change.answerAfter(), m);
                whatIf.add(m.explain_whatif_item(change.input().attribute().name(language), answer,
                        change.rootBefore().label(language) + " (" + score(change.rootBefore(), locale) + ")",
                        change.rootAfter().label(language) + " (" + score(change.rootAfter(), locale) + ")"));
            }
        });
        List<String> actions = scoring.recommendations().stream().map(a -> a.title().in(language)).toList();
        return new Explained(e.service().id, e.service().name, e.root().label(language), strengths, weaknesses,
                whatIf, actions);
    }

    static String score(NodeResult node, Locale locale) {
        return String.format(locale, "%.2f", node.score());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
