package org.cokit.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cokit.engine.QuestionnaireFixtures;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.SourceFile;
import org.cokit.scoring.loading.RuleSetLoader;
import org.cokit.scoring.rules.RuleSet;

/** Shared test data of scoring: the rule-set fixtures under {@code src/test/resources/scoring-rules/}. */
public final class RuleSetFixtures {

    /** One loader for all tests: making it compiles the schema. */
    public static final RuleSetLoader LOADER = new RuleSetLoader();

    /** The questionnaires the fixtures score: the engine's sample and the car questionnaire of the DEXi test. */
    public static final Function<String, Optional<Questionnaire>> QUESTIONNAIRES = id -> switch (id) {
        case "sample" -> Optional.of(QuestionnaireFixtures.sample());
        case "car" -> Optional.of(car());
        default -> Optional.empty();
    };

    private static Questionnaire car;

    private RuleSetFixtures() {
    }

    /** The questionnaire that {@code dexi/car.yaml} scores ({@code questionnaires/dexi/car.yaml}). */
    public static synchronized Questionnaire car() {
        if (car == null) {
            car = QuestionnaireFixtures.LOADER.load(QuestionnaireFixtures.source("dexi/car.yaml")).questionnaire();
        }
        return car;
    }

    /** A test-resources folder as a definition folder, e.g. {@code scoring-rules/valid} or {@code dexi}. */
    public static DefinitionFolder folder(String resource) {
        try {
            return DefinitionFolder.directory(Path.of(RuleSetFixtures.class.getClassLoader().getResource(resource)
                    .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture as a file named {@code scoring-rules/<path>}. */
    public static SourceFile source(String path) {
        return resource("scoring-rules/" + path);
    }

    public static SourceFile resource(String resource) {
        try (InputStream in = RuleSetFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return new SourceFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML text as a file named {@code scoring-rules/<name>}. */
    public static SourceFile yaml(String name, String text) {
        return new SourceFile("scoring-rules/" + name, text);
    }

    public static RuleSet load(SourceFile file) {
        return LOADER.load(file, folder("scoring-rules/valid"), QUESTIONNAIRES).ruleSet();
    }

    /** A valid fixture of {@code scoring-rules/valid/}. */
    public static RuleSet load(String name) {
        return load(source("valid/" + name));
    }

    /** The problems of a file that must fail to load. */
    public static List<Problem> problems(SourceFile file) {
        try {
            LOADER.load(file, folder("scoring-rules/valid"), QUESTIONNAIRES);
        } catch (DefinitionException e) {
            return e.problems();
        }
        throw new AssertionError(file.name() + " loaded, but should have failed");
    }

    public static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** Answers from pairs, for short test data: {@code answers("many-users", "yes", ...)}. */
    public static Map<String, String> answers(String... idsAndValues) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            answers.put(idsAndValues[i], idsAndValues[i + 1]);
        }
        return answers;
    }

    /**
     * A minimal DEX rule set over the sample questionnaire around the given inputs and nodes (YAML indented by two
     * spaces under {@code inputs:} and {@code nodes:}); scales {@code yes-no} and {@code three}; root {@code top}.
     */
    public static SourceFile dex(String id, String inputs, String nodes) {
        return yaml(id + ".yaml", """
                # Test data made by a test.
                id: %s
                version: 1
                questionnaire: sample
                kind: dex
                scales:
                  yes-no: {values: [no, yes]}
                  three: {values: [low, medium, high], bad: [low], good: [high]}
                inputs:
                %s
                nodes:
                %s
                root: top
                """.formatted(id, inputs.stripTrailing(), nodes.stripTrailing()));
    }
}
