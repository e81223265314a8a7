package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.cokit.CokitConfig;
import org.junit.jupiter.api.Test;

/** The application starts with the configured questionnaires folder and offers every file it holds. */
@QuarkusTest
class QuestionnaireRegistryStartupTest {

    @Inject
    QuestionnaireRegistry registry;

    @Inject
    CokitConfig config;

    @Test
    void theRegistryHoldsEveryFileOfTheConfiguredFolders() {
        assertEquals(List.of("questionnaires", "src/test/resources/questionnaires/valid",
                "src/test/resources/questionnaires/extensions"), config.questionnairesDir());
        // an extension file (<id>.extra.yaml) adds sections to a questionnaire, not a questionnaire of its own
        int files = config.questionnairesDir().stream().mapToInt(folder -> (int) QuestionnaireFiles
                .inFolder(Path.of(folder)).stream().filter(f -> !f.fileName().endsWith(".extra.yaml")).count()).sum();
        assertEquals(files, registry.all().size());
        assertTrue(registry.find("coserve").orElseThrow().section("our-criteria").orElseThrow().extra());
        assertTrue(registry.find("sample").isPresent(), "the test fixture");
        assertTrue(registry.find("coready").isPresent(), "a shipped questionnaire");
    }
}
