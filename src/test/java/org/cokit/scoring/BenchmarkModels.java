package org.cokit.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.engine.loading.SourceFile;
import org.cokit.scoring.loading.RuleSetLoader;
import org.cokit.scoring.rules.RuleSet;

/**
 * The 80-question model the benchmarks measure (src/jmh), written as YAML and loaded like any shipped file: four
 * groups of four parts of five questions, every fifth a yes-no question and the others three-point scales. The DEX
 * rule set fills every table from weights (parts 162 rules, groups and root 81); the weighted one takes the mean of
 * each part, adds up each group and weighs the groups.
 */
public final class BenchmarkModels {

    public static final int GROUPS = 4;
    public static final int PARTS = 4;
    public static final int QUESTIONS = 5;

    private BenchmarkModels() {
    }

    public static String questionId(int group, int part, int question) {
        return "q" + group + part + question;
    }

    private static boolean isYesNo(int question) {
        return question == QUESTIONS - 1;
    }

    public static Questionnaire questionnaire() {
        StringBuilder yaml = new StringBuilder("""
                # Generated for the benchmarks: 80 questions.
                id: benchmark
                version: 1
                title: {en: Benchmark}
                sections:
                """);
        for (int g = 0; g < GROUPS; g++) {
            yaml.append("  - id: group-").append(g).append("\n    title: {en: Group}\n    questions:\n");
            for (int p = 0; p < PARTS; p++) {
                for (int q = 0; q < QUESTIONS; q++) {
                    yaml.append("      - {id: ").append(questionId(g, p, q)).append(isYesNo(q)
                            ? ", type: yes-no" : ", type: scale, points: 3")
                            .append(", allow-not-applicable: true, text: {en: Question}}\n");
                }
            }
        }
        return new QuestionnaireLoader().load(new SourceFile("benchmark.yaml", yaml.toString())).questionnaire();
    }

    public static RuleSet dex(Questionnaire questionnaire) {
        StringBuilder yaml = new StringBuilder("""
                # Generated for the benchmarks: the DEX rule set of the 80-question model.
                id: benchmark-dex
                version: 1
                questionnaire: benchmark
                kind: dex
                scales:
                  yes-no: {values: [no, yes]}
                  three: {values: [low, medium, high], bad: [low], good: [high]}
                inputs:
                """);
        forEachQuestion((g, p, q) -> yaml.append("  ").append(questionId(g, p, q)).append(": {question: ")
                .append(questionId(g, p, q)).append(", scale: ").append(isYesNo(q) ? "yes-no" : "three")
                .append("}\n"));
        yaml.append("nodes:\n");
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            List<String> parts = new ArrayList<>();
            for (int p = 0; p < PARTS; p++) {
                List<String> questions = new ArrayList<>();
                for (int q = 0; q < QUESTIONS; q++) {
                    questions.add(questionId(g, p, q));
                }
                String part = "part-" + g + p;
                parts.add(part);
                yaml.append("  ").append(part).append(": {scale: three, from: ").append(questions)
                        .append(", weights: {").append(questions.get(0)).append(": 2, '*': 1}}\n");
            }
            groups.add("group-" + g);
            yaml.append("  group-").append(g).append(": {scale: three, from: ").append(parts)
                    .append(", weights: {'*': 1}}\n");
        }
        yaml.append("  overall: {scale: three, from: ").append(groups).append(", weights: {group-0: 2, '*': 1}}\n")
                .append("root: overall\n");
        return load(yaml.toString(), "benchmark-dex.yaml", questionnaire);
    }

    public static RuleSet weighted(Questionnaire questionnaire) {
        StringBuilder yaml = new StringBuilder("""
                # Generated for the benchmarks: the weighted rule set of the 80-question model.
                id: benchmark-weighted
                version: 1
                questionnaire: benchmark
                kind: weighted
                bands:
                  - {id: weak, from: 0, group: bad, label: {en: Weak}}
                  - {id: fair, from: 40, label: {en: Fair}}
                  - {id: strong, from: 75, group: good, label: {en: Strong}}
                inputs:
                """);
        forEachQuestion((g, p, q) -> yaml.append("  ").append(questionId(g, p, q)).append(": {question: ")
                .append(questionId(g, p, q)).append("}\n"));
        yaml.append("nodes:\n");
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            List<String> parts = new ArrayList<>();
            for (int p = 0; p < PARTS; p++) {
                List<String> questions = new ArrayList<>();
                for (int q = 0; q < QUESTIONS; q++) {
                    questions.add(questionId(g, p, q));
                }
                parts.add("part-" + g + p);
                yaml.append("  part-").append(g).append(p).append(": {from: ").append(questions)
                        .append(", aggregate: mean}\n");
            }
            groups.add("group-" + g);
            yaml.append("  group-").append(g).append(": {from: ").append(parts).append(", aggregate: sum}\n");
        }
        yaml.append("  overall: {from: ").append(groups)
                .append(", aggregate: weighted, weights: {group-0: 2, '*': 1}}\n").append("root: overall\n");
        return load(yaml.toString(), "benchmark-weighted.yaml", questionnaire);
    }

    /**
     * {@code count} answer sets as stored answers (question id to canonical value); each question is answered
     * "not applicable" with probability {@code unknown}, else at random.
     */
    public static List<Map<String, String>> answers(int count, double unknown, long seed) {
        Random random = new Random(seed);
        List<Map<String, String>> sets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, String> answers = new HashMap<>();
            forEachQuestion((g, p, q) -> answers.put(questionId(g, p, q), random.nextDouble() < unknown ? "n/a"
                    : isYesNo(q) ? (random.nextBoolean() ? "yes" : "no") : String.valueOf(1 + random.nextInt(3))));
            sets.add(answers);
        }
        return sets;
    }

    private interface QuestionVisitor {
        void visit(int group, int part, int question);
    }

    private static void forEachQuestion(QuestionVisitor visitor) {
        for (int g = 0; g < GROUPS; g++) {
            for (int p = 0; p < PARTS; p++) {
                for (int q = 0; q < QUESTIONS; q++) {
                    visitor.visit(g, p, q);
                }
            }
        }
    }

    private static RuleSet load(String yaml, String name, Questionnaire questionnaire) {
        return new RuleSetLoader().load(new SourceFile(name, yaml), DefinitionFolder.directory(java.nio.file.Path
                .of(".")), id -> Optional.of(questionnaire)).ruleSet();
    }
}
