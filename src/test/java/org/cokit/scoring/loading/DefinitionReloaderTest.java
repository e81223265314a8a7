package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cokit.CokitConfig;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.cokit.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading edited questionnaires and rule sets while running: all or nothing, and on a file change when watched. */
class DefinitionReloaderTest {

    @TempDir
    Path dir;

    private Path questionnaireFile;
    private Path ruleSetFile;
    private QuestionnaireRegistry questionnaires;
    private RuleSetRegistry ruleSets;
    private final List<List<Questionnaire>> checked = new ArrayList<>();

    @BeforeEach
    void copyFixtures() throws IOException {
        Files.createDirectories(dir.resolve("questionnaires"));
        Files.createDirectories(dir.resolve("rules"));
        questionnaireFile = dir.resolve("questionnaires/sample.yaml");
        ruleSetFile = dir.resolve("rules/sample-dex.yaml");
        Files.copy(Path.of("src/test/resources/questionnaires/valid/sample.yaml"), questionnaireFile);
        Files.copy(Path.of("src/test/resources/scoring-rules/valid/sample-dex.yaml"), ruleSetFile);
        questionnaires = new QuestionnaireRegistry(dir.resolve("questionnaires").toString());
        ruleSets = new RuleSetRegistry(List.of(dir.resolve("rules").toString()), questionnaires::find, List.of());
        assertEquals("Sample questionnaire", title());
        assertEquals("Suitability", ruleSets.find("sample-dex").orElseThrow().root().title().in(Language.EN));
    }

    @Test
    void anEditedTextIsInUseAfterAReload() throws IOException {
        edit(questionnaireFile, "en: Sample questionnaire", "en: Edited questionnaire");
        edit(ruleSetFile, "en: Suitability,", "en: Edited suitability,");
        assertEquals(List.of(), reloader(checked::add).reload());
        assertEquals("Edited questionnaire", title());
        assertEquals("Edited suitability", ruleSets.find("sample-dex").orElseThrow().root().title().in(Language.EN));
        assertEquals(1, checked.size(), "the published versions were checked");
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndNothingChanges() throws IOException {
        edit(questionnaireFile, "en: Sample questionnaire", "en: Edited questionnaire");
        edit(ruleSetFile, "scale: three", "scale: four");
        List<Problem> problems = reloader(checked::add).reload();
        assertTrue(problems.stream().anyMatch(p -> p.file().endsWith("sample-dex.yaml") && p.line() > 1
                && p.message().contains("four")), problems.toString());
        assertEquals("Sample questionnaire", title(), "the questionnaires stay as they were too");
        assertTrue(checked.isEmpty(), "nothing was recorded as published");
    }

    @Test
    void aChangedPublishedVersionIsRefused() throws IOException {
        edit(questionnaireFile, "en: Sample questionnaire", "en: Edited questionnaire");
        List<Problem> refusal = List.of(new Problem("sample.yaml", 1, "already in use with other questions"));
        List<Problem> problems = reloader(q -> {
            throw new DefinitionException(refusal);
        }).reload();
        assertEquals(refusal, problems);
        assertEquals("Sample questionnaire", title());
    }

    @Test
    void aWatchedFolderIsReadAgainWhenAFileChanges() throws Exception {
        DefinitionWatcher watcher = new DefinitionWatcher(config(dir.resolve("questionnaires"), dir.resolve("rules")),
                reloader(checked::add));
        watcher.onStart(null);
        try {
            edit(questionnaireFile, "en: Sample questionnaire", "en: Watched questionnaire");
            // the watcher's own thread reads the files; wait for it, at most half a minute on a busy machine
            for (int i = 0; i < 300 && !"Watched questionnaire".equals(title()); i++) {
                Thread.sleep(100);
            }
            assertEquals("Watched questionnaire", title());
        } finally {
            watcher.onStop(null);
        }
    }

    private DefinitionReloader reloader(Consumer<List<Questionnaire>> publishedVersions) {
        return new DefinitionReloader(questionnaires, ruleSets, publishedVersions);
    }

    private String title() {
        return questionnaires.find("sample").orElseThrow().title().in(Language.EN);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** The settings the watcher reads; any other is not asked for. */
    private static CokitConfig config(Path questionnaires, Path rules) {
        return (CokitConfig) Proxy.newProxyInstance(CokitConfig.class.getClassLoader(),
                new Class<?>[] {CokitConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "watchDefinitions" -> true;
                    case "questionnairesDir" -> List.of(questionnaires.toString());
                    case "scoringRulesDir" -> List.of(rules.toString());
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
