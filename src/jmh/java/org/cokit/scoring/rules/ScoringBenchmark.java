package org.cokit.scoring.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.scoring.BenchmarkModels;
import org.cokit.scoring.dex.DexEvaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluations per second of the 80-question model ({@link BenchmarkModels}) on one thread: through the rule-set
 * API (answers in, result out, no explanation) for both kinds, the bare evaluators on inputs already read from the
 * answers, and a baseline of 80 plain HashMap lookups (reading the answers alone) to compare machines by.
 *
 * <p>Each call scores the next of {@code sets} random answer sets, made as the API makes them
 * ({@link ScoringAnswers}: checked, canonical, keyed by the questionnaire's question ids). With 16 sets they stay in
 * the CPU caches, as the answers of a request just parsed do; with 1,024 (about 10 MB) nearly every read misses
 * them, the worst case. {@code unknown} is the share of "not applicable" answers (DEX then evaluates sets).
 * Run with {@code ./mvnw -B -Pbenchmarks -DskipTests test}; figures are in {@code docs/benchmarks.md}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ScoringBenchmark {

    @Param({"16", "1024"})
    public int sets;

    @Param({"0", "0.05"})
    public double unknown;

    private RuleSet dex;
    private RuleSet weighted;
    private DexRuleSetEvaluator dexEvaluator;
    private WeightedEvaluator weightedEvaluator;
    private Map<String, String>[] answers;
    private long[][] dexInputs;
    private double[][] weightedInputs;
    private String[] questionIds;
    private int next;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void setUp() {
        Questionnaire questionnaire = BenchmarkModels.questionnaire();
        dex = BenchmarkModels.dex(questionnaire);
        weighted = BenchmarkModels.weighted(questionnaire);
        dexEvaluator = (DexRuleSetEvaluator) dex.evaluator();
        weightedEvaluator = (WeightedEvaluator) weighted.evaluator();
        List<Map<String, String>> raw = BenchmarkModels.answers(sets, unknown, 42);
        answers = raw.stream().map(r -> ScoringAnswers.of(questionnaire, r)).toArray(Map[]::new);
        dexInputs = new long[sets][];
        weightedInputs = new double[sets][];
        for (int i = 0; i < sets; i++) {
            dexInputs[i] = dexEvaluator.read(answers[i]);
            weightedInputs[i] = weightedEvaluator.read(answers[i]);
        }
        questionIds = questionnaire.questions().stream().map(Question::id).toArray(String[]::new);
    }

    private int next() {
        int i = next;
        next = i + 1 == sets ? 0 : i + 1;
        return i;
    }

    /** The rule-set API of a DEX rule set: answers in, every node's level and score out. */
    @Benchmark
    public ScoringResult dexRuleSet() {
        return dex.evaluate(answers[next()]);
    }

    /** The rule-set API of a weighted rule set. */
    @Benchmark
    public ScoringResult weightedRuleSet() {
        return weighted.evaluate(answers[next()]);
    }

    /** The bare DEX evaluator on inputs already mapped to ordinals. */
    @Benchmark
    public DexEvaluation dexEvaluator() {
        return dexEvaluator.evaluator().evaluate(dexInputs[next()]);
    }

    /** The bare weighted evaluator on inputs already turned into points. */
    @Benchmark
    public ScoringValues weightedEvaluator() {
        ScoringValues values = new ScoringValues(weighted.attributes().size());
        weightedEvaluator.evaluate(weightedInputs[next()], values);
        return values;
    }

    /** Baseline: look up the 80 answers in their HashMap, the least any evaluation through the API must do. */
    @Benchmark
    public int hashMapLookups() {
        Map<String, String> set = answers[next()];
        int sum = 0;
        for (String id : questionIds) {
            String answer = set.get(id);
            sum += answer == null ? 0 : answer.length();
        }
        return sum;
    }
}
