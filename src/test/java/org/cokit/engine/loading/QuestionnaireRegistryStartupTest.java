package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The application starts with the questionnaires folder as shipped and offers what it holds. */
@QuarkusTest
class QuestionnaireRegistryStartupTest {

    @Inject
    QuestionnaireRegistry registry;

    @Test
    void theRegistryHoldsEveryShippedFile() {
        assertEquals(QuestionnaireFiles.inFolder(Path.of("questionnaires")).size(), registry.all().size());
    }
}
