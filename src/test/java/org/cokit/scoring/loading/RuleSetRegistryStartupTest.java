package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.cokit.CokitConfig;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.scoring.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** The application starts with the configured rule-set folder and offers every file it holds. */
@QuarkusTest
class RuleSetRegistryStartupTest {

    @Inject
    RuleSetRegistry registry;

    @Inject
    CokitConfig config;

    @Test
    void theRegistryHoldsEveryFileOfTheConfiguredFolders() {
        assertEquals(List.of("scoring-rules", "src/test/resources/scoring-rules/valid"), config.scoringRulesDir());
        assertEquals(config.scoringRulesDir().stream()
                .mapToInt(folder -> DefinitionFolder.directory(Path.of(folder)).yamlFiles().size()).sum(),
                registry.all().size());
        assertTrue(registry.all().stream().map(RuleSet::id).toList().containsAll(
                List.of("sample-dex", "sample-weighted")));
    }
}
