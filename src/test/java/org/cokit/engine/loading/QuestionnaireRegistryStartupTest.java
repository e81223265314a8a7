package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
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
    void theRegistryHoldsEveryFileOfTheConfiguredFolder() {
        int files = QuestionnaireFiles.inFolder(Path.of(config.questionnairesDir())).size();
        assertTrue(files > 0, "the test profile points at the test fixtures");
        assertEquals(files, registry.all().size());
        assertTrue(registry.find("sample").isPresent());
    }
}
