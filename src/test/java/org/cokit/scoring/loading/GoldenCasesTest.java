package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.QuestionnaireFiles;
import org.cokit.engine.loading.QuestionnaireLoader;
import org.cokit.engine.loading.SourceFile;
import org.cokit.engine.loading.VersionedDefinitions;
import org.cokit.scoring.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the golden cases of every rule set: each file in {@code scoring-rules/tests/} against the shipped rule sets
 * and questionnaires, and likewise the test fixtures' own golden cases so that the runner is always exercised. A
 * shipped rule set without a golden file fails, as does a golden file without its rule set.
 */
class GoldenCasesTest {

    /** A folder of rule sets, the questionnaires they score, and its {@code tests/} folder of golden cases. */
    record Suite(String name, VersionedDefinitions<RuleSet> ruleSets, VersionedDefinitions<Questionnaire> questionnaires,
            Path tests) {

        static Suite of(String name, String ruleSets, String questionnaires) {
            QuestionnaireLoader.Loaded q = new QuestionnaireLoader().loadAll(QuestionnaireFiles.inFolder(
                    Path.of(questionnaires)));
            VersionedDefinitions<Questionnaire> byId = new VersionedDefinitions<>(q.questionnaires(),
                    Questionnaire::id, Questionnaire::version);
            RuleSetLoader.Loaded r = new RuleSetLoader().loadAll(DefinitionFolder.directory(Path.of(ruleSets)),
                    byId::find);
            return new Suite(name, new VersionedDefinitions<>(r.ruleSets(), RuleSet::id, RuleSet::version), byId,
                    Path.of(ruleSets, GoldenCases.FOLDER));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> goldenFiles() {
        List<Arguments> arguments = new ArrayList<>();
        for (Suite suite : List.of(
                Suite.of("shipped", "scoring-rules", "questionnaires"),
                Suite.of("fixtures", "src/test/resources/scoring-rules/valid", "src/test/resources/questionnaires/valid"),
                Suite.of("dexi fixture", "src/test/resources/dexi", "src/test/resources/questionnaires/dexi"))) {
            List<SourceFile> files = Files.isDirectory(suite.tests())
                    ? DefinitionFolder.directory(suite.tests()).yamlFiles() : List.of();
            Set<String> covered = new TreeSet<>();
            for (SourceFile file : files) {
                covered.add(file.fileName().replaceFirst("\\.yaml$", ""));
                arguments.add(Arguments.of(suite + ": " + file.fileName(), suite, file, null));
            }
            suite.ruleSets().all().stream().map(RuleSet::id).distinct().filter(id -> !covered.contains(id))
                    .forEach(id -> arguments.add(Arguments.of(suite + ": " + id + " (no golden cases)", suite, null,
                            id)));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenCasesPass(String name, Suite suite, SourceFile file, String uncoveredRuleSet) {
        if (file == null) {
            fail("rule set '" + uncoveredRuleSet + "' has no golden cases: add " + suite.tests().resolve(
                    uncoveredRuleSet + ".yaml") + " (see scoring-rules/README.md)");
        }
        List<Problem> problems = GoldenCases.check(file, suite.ruleSets()::find, suite.questionnaires()::find);
        assertEquals("", problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }
}
