package org.cokit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.engine.loading.SourceFile;

/** Shared test data of the engine: the questionnaire fixtures under {@code src/test/resources/questionnaires/}. */
public final class QuestionnaireFixtures {

    /** One loader for all tests: making it compiles the schema and the expression environment. */
    public static final QuestionnaireLoader LOADER = new QuestionnaireLoader();

    private static Questionnaire sample;

    private QuestionnaireFixtures() {
    }

    /** The valid fixture with every question type and condition ({@code valid/sample.yaml}). */
    public static synchronized Questionnaire sample() {
        if (sample == null) {
            sample = LOADER.load(source("valid/sample.yaml")).questionnaire();
        }
        return sample;
    }

    /** A fixture as a file named {@code questionnaires/<path>}, as the registry would name it. */
    public static SourceFile source(String path) {
        String resource = "questionnaires/" + path;
        try (InputStream in = QuestionnaireFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return new SourceFile(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML text as a file named {@code questionnaires/<name>}. */
    public static SourceFile yaml(String name, String text) {
        return new SourceFile("questionnaires/" + name, text);
    }

    /** The problems of a file that must fail to load. */
    public static List<Problem> problems(SourceFile file) {
        try {
            LOADER.load(file);
        } catch (DefinitionException e) {
            return e.problems();
        }
        throw new AssertionError(file.name() + " loaded, but should have failed");
    }

    public static List<Problem> problems(String path) {
        return problems(source(path));
    }

    /**
     * A minimal valid file around the given questions (YAML list items indented by six spaces), for tests of one
     * rule at a time; its first question starts on line 9.
     */
    public static SourceFile withQuestions(String id, String questions) {
        return yaml(id + ".yaml", """
                # Test data made by a test.
                id: %s
                version: 1
                title: {en: Test}
                sections:
                  - id: only
                    title: {en: Only}
                    questions:
                %s""".formatted(id, questions.stripTrailing() + "\n"));
    }
}
