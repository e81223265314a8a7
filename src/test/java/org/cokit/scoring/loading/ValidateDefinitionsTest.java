package org.cokit.scoring.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authors' command prints every problem with file and line, and says so in its exit status. */
class ValidateDefinitionsTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private int run(Path questionnaires, Path ruleSets) {
        return ValidateDefinitions.run(questionnaires, ruleSets, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static Path fixtures(String folder) throws URISyntaxException {
        return Path.of(ValidateDefinitionsTest.class.getClassLoader().getResource(folder).toURI());
    }

    @Test
    void badQuestionnairesArePrintedOneProblemPerLine() throws URISyntaxException {
        Path bad = fixtures("questionnaires/bad");
        assertEquals(1, run(bad, fixtures("scoring-rules/valid")));
        String unknownType = bad.resolve("unknown-type.yaml").toString().replace('\\', '/');
        assertTrue(printed().contains(unknownType + ":13: question 'many-users': unknown type 'yesno'"), printed());
        assertTrue(printed().contains("min 100 is greater than max 10"), printed());
        assertTrue(printed().strip().endsWith("11 problem(s) in " + bad + "; rule sets are checked once the"
                + " questionnaires are valid"), printed());
    }

    @Test
    void badRuleSetsArePrintedOneProblemPerLine() throws URISyntaxException {
        Path bad = fixtures("scoring-rules/bad");
        assertEquals(1, run(fixtures("questionnaires/valid"), bad));
        String file = bad.resolve("incomplete-table.yaml").toString().replace('\\', '/');
        assertTrue(printed().contains(file + ":13: node 'users': no rule gives a value for"), printed());
        assertTrue(printed().strip().endsWith("16 problem(s) in " + bad), printed());
    }

    @Test
    void validFilesPassWithTheirGoldenCasesAndMissingTranslationsAsWarnings() throws URISyntaxException {
        assertEquals(0, run(fixtures("questionnaires/valid"), fixtures("scoring-rules/valid")));
        assertTrue(printed().startsWith("warning: "), printed());
        assertTrue(printed().contains("sample.yaml:68: question 'complaints': field 'text' has no da translation"),
                printed());
        assertTrue(printed().contains("1 questionnaire file(s) in"), printed());
        assertTrue(printed().contains("2 rule set file(s) in"), printed());
        assertTrue(printed().strip().endsWith("9 golden case(s) in 2 file(s) in " + fixtures("scoring-rules/valid")
                .resolve("tests") + " pass"), printed());
    }

    @Test
    void aFailingGoldenCaseFailsAndARuleSetWithoutCasesIsAWarning() throws URISyntaxException, IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("tests"));
        Path valid = fixtures("scoring-rules/valid");
        Files.copy(valid.resolve("sample-dex.yaml"), rules.resolve("sample-dex.yaml"));
        Files.copy(valid.resolve("sample-weighted.yaml"), rules.resolve("sample-weighted.yaml"));
        Files.writeString(rules.resolve("tests/sample-dex.yaml"),
                "- {name: wrong, answers: {many-users: yes}, expect: {users: low}}\n");
        assertEquals(1, run(fixtures("questionnaires/valid"), rules));
        assertTrue(printed().contains("warning: rule set 'sample-weighted' has no golden cases; add "), printed());
        assertTrue(printed().contains("tests/sample-dex.yaml:1: case 'wrong': users is [low, medium, high]"
                + " (score 66.67), expected low"), printed());
        assertTrue(printed().strip().endsWith("1 golden case problem(s) in " + rules.resolve("tests")), printed());
    }

    @Test
    void aMissingFolderIsSaid() throws URISyntaxException {
        assertEquals(2, run(Path.of("no-such-folder"), fixtures("scoring-rules/valid")));
        assertEquals("no-such-folder: no such folder", printed().strip());
    }
}
