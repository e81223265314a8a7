package org.cokit.scoring.loading;

import static org.cokit.scoring.RuleSetFixtures.QUESTIONNAIRES;
import static org.cokit.scoring.RuleSetFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cokit.engine.ToolDefinition;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.QuestionnaireFiles;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.engine.loading.VersionedDefinitions;
import org.cokit.scoring.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's files: a folder (or the copy in the application), every version kept, faults failing the start. */
class RuleSetRegistryTest {

    @TempDir
    Path folder;

    private RuleSetRegistry registry(ToolDefinition... tools) {
        return new RuleSetRegistry(folder.toString(), QUESTIONNAIRES, List.of(tools));
    }

    @Test
    void everyVersionStaysAddressableAndTheNewestIsTheDefault() throws IOException {
        String sample = source("valid/sample-dex.yaml").content();
        Files.writeString(folder.resolve("sample-dex.yaml"), sample.replace("version: 1", "version: 2"));
        Files.writeString(folder.resolve("sample-dex.v1.yaml"), sample);
        Files.createDirectories(folder.resolve("tests"));
        Files.writeString(folder.resolve("tests/sample-dex.yaml"), "- not: [a rule set\n");
        RuleSetRegistry registry = registry();
        assertEquals(2, registry.find("sample-dex").orElseThrow().version());
        assertEquals(1, registry.find("sample-dex", 1).orElseThrow().version());
        assertTrue(registry.find("sample-dex", 3).isEmpty());
        assertTrue(registry.find("other").isEmpty());
        assertEquals(List.of(1, 2), registry.all().stream().map(RuleSet::version).toList());
        assertEquals(List.of(), registry.missingTranslations());
    }

    @Test
    void aBadFileFailsTheStartNamingFileLineAndNode() throws IOException {
        Files.writeString(folder.resolve("unknown-question.yaml"), source("bad/unknown-question.yaml").content());
        DefinitionException e = assertThrows(DefinitionException.class, () -> registry().onStart(null));
        assertEquals(folder.resolve("unknown-question.yaml").toString().replace('\\', '/') + ":10: input"
                + " 'many-users': question 'many-user' is not in questionnaire 'sample'", e.getMessage());
    }

    @Test
    void aToolMustBeScoredByARuleSetForItsQuestionnaire() throws IOException {
        Files.writeString(folder.resolve("sample-dex.yaml"), source("valid/sample-dex.yaml").content());
        assertEquals(folder.toString().replace('\\', '/') + ": tool 'lost' is scored by rule set 'missing', which is"
                + " not there", assertThrows(DefinitionException.class,
                        () -> registry(tool("lost", "sample", "missing")).all()).getMessage());
        assertEquals(folder.resolve("sample-dex.yaml").toString().replace('\\', '/') + ": rule set 'sample-dex'"
                + " scores questionnaire 'sample', but tool 'other' is answered with 'car'",
                assertThrows(DefinitionException.class, () -> registry(tool("other", "car", "sample-dex")).all())
                        .getMessage());
        assertEquals(1, registry(tool("fine", "sample", "sample-dex")).all().size());
    }

    @Test
    void withoutTheFolderTheApplicationsOwnCopyIsRead() {
        // The build copies the top-level scoring-rules/ folder, whose rule sets score the shipped questionnaires.
        VersionedDefinitions<Questionnaire> shipped = new VersionedDefinitions<>(new QuestionnaireLoader()
                .loadAll(QuestionnaireFiles.inFolder(Path.of("questionnaires"))).questionnaires(), Questionnaire::id,
                Questionnaire::version);
        RuleSetRegistry registry = new RuleSetRegistry(folder.resolve("missing").toString(), shipped::find,
                List.of());
        assertEquals("coready", registry.find("coready").orElseThrow().questionnaire());
    }

    private static ToolDefinition tool(String id, String questionnaire, String ruleSet) {
        return new ToolDefinition() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String questionnaireId() {
                return questionnaire;
            }

            @Override
            public Optional<String> ruleSetId() {
                return Optional.of(ruleSet);
            }
        };
    }
}
