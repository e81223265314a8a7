package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.QuestionnaireFiles;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.engine.loading.SourceFile;
import org.cokit.engine.loading.VersionedDefinitions;
import org.cokit.scoring.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An installation's extra questions are asked but never scored: the shipped rule set ignores them, none may name one. */
class ExtraQuestionsTest {

    @TempDir
    Path folder;

    private static VersionedDefinitions<Questionnaire> extended() {
        List<SourceFile> files = new ArrayList<>(QuestionnaireFiles.inFolder(Path.of("questionnaires")));
        files.addAll(QuestionnaireFiles.inFolder(Path.of("src/test/resources/questionnaires/extensions")));
        return new VersionedDefinitions<>(new QuestionnaireLoader().loadAll(files).questionnaires(),
                Questionnaire::id, Questionnaire::version);
    }

    @Test
    void theShippedRuleSetScoresTheSameWithAnExtraAnswer() {
        VersionedDefinitions<Questionnaire> questionnaires = extended();
        RuleSet coserve = new RuleSetLoader().loadAll(DefinitionFolder.directory(Path.of("scoring-rules")),
                questionnaires::find).ruleSets().stream().filter(r -> r.id().equals("coserve")).findFirst()
                .orElseThrow();
        java.util.Map<String, String> answers = new java.util.HashMap<>(java.util.Map.of("many-users", "yes",
                "regulated", "no"));
        double without = coserve.evaluate(answers).root().score();
        answers.put("eu-funding", "yes");
        assertTrue(without == coserve.evaluate(answers).root().score());
    }

    @Test
    void aRuleSetMayNotNameAnExtraQuestion() throws IOException {
        String rules = Files.readString(Path.of("scoring-rules/coserve.yaml"))
                .replace("    question: continuity\n", "    question: eu-funding\n");
        Files.writeString(folder.resolve("coserve.yaml"), rules);
        VersionedDefinitions<Questionnaire> questionnaires = extended();
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> new RuleSetLoader().loadAll(DefinitionFolder.directory(folder), questionnaires::find));
        assertTrue(e.getMessage().contains("question 'eu-funding' is one of this installation's extra questions"),
                e.getMessage());
    }
}
