package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every questionnaire shipped in the top-level {@code questionnaires/} folder loads (schema, ids, references,
 * conditions), and every text still lacking a translation is reported: it shows English until someone writes it.
 */
class ShippedQuestionnairesTest {

    private static final Path FOLDER = Path.of("questionnaires");

    @Test
    void everyShippedQuestionnaireLoads(TestReporter reporter) {
        List<SourceFile> files = QuestionnaireFiles.inFolder(FOLDER);
        QuestionnaireLoader.Loaded loaded = new QuestionnaireLoader().loadAll(files);
        assertEquals(files.size(), loaded.questionnaires().size());
        for (Problem missing : loaded.missingTranslations()) {
            reporter.publishEntry("missing translation", missing.toString());
            System.out.println("Missing translation: " + missing);
        }
        reporter.publishEntry("questionnaires", files.size() + " file(s), " + loaded.missingTranslations().size()
                + " text(s) without every translation");
    }
}
