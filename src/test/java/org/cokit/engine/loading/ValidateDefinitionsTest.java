package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The authors' command prints every problem with file and line, and says so in its exit status. */
class ValidateDefinitionsTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int run(Path folder) {
        return ValidateDefinitions.run(folder, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private static Path fixtures(String folder) throws URISyntaxException {
        return Path.of(ValidateDefinitionsTest.class.getClassLoader().getResource("questionnaires/" + folder).toURI());
    }

    @Test
    void badFilesArePrintedOneProblemPerLine() throws URISyntaxException {
        Path bad = fixtures("bad");
        assertEquals(1, run(bad));
        String printed = output.toString(StandardCharsets.UTF_8);
        String unknownType = bad.resolve("unknown-type.yaml").toString().replace('\\', '/');
        assertTrue(printed.contains(unknownType + ":13: question 'many-users': unknown type 'yesno'"), printed);
        assertTrue(printed.contains("min 100 is greater than max 10"), printed);
        assertTrue(printed.strip().endsWith("11 problem(s) in " + bad), printed);
    }

    @Test
    void validFilesPassWithTheirMissingTranslationsAsWarnings() throws URISyntaxException {
        assertEquals(0, run(fixtures("valid")));
        String printed = output.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("warning: "), printed);
        assertTrue(printed.contains("sample.yaml:68: question 'complaints': field 'text' has no da translation"),
                printed);
        assertTrue(printed.contains("1 questionnaire file(s) in"), printed);
    }

    @Test
    void aMissingFolderIsSaid() {
        assertEquals(2, run(Path.of("no-such-folder")));
        assertEquals("no-such-folder: no such folder", output.toString(StandardCharsets.UTF_8).strip());
    }
}
