package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.junit.jupiter.api.Test;

/** An installation's extension file adds its own sections to every version of a shipped questionnaire. */
class QuestionnaireExtensionTest {

    private static final QuestionnaireLoader LOADER = new QuestionnaireLoader();
    private static final List<SourceFile> SHIPPED = QuestionnaireFiles.inFolder(Path.of("questionnaires"));
    private static final SourceFile EXTENSION = QuestionnaireFiles.inFolder(
            Path.of("src/test/resources/questionnaires/extensions")).get(0);

    @Test
    void theExtraSectionsComeAfterThePublishedOnesAndLeaveTheFingerprintAlone() {
        Questionnaire plain = coserve(LOADER.loadAll(SHIPPED));
        List<SourceFile> files = new ArrayList<>(SHIPPED);
        files.add(EXTENSION);
        Questionnaire extended = coserve(LOADER.loadAll(files));
        assertEquals(plain.sections().size() + 1, extended.sections().size());
        Section extra = extended.sections().get(extended.sections().size() - 1);
        assertEquals("our-criteria", extra.id());
        assertTrue(extra.extra());
        assertFalse(extended.sections().get(0).extra());
        assertTrue(extended.question("eu-funding").isPresent());
        assertEquals(plain.source(), extended.source());
        assertEquals(PublishedVersions.fingerprint(plain), PublishedVersions.fingerprint(extended));
    }

    @Test
    void anExtensionOfAMissingQuestionnaireStopsTheLoad() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> LOADER.loadAll(List.of(EXTENSION)));
        assertTrue(e.getMessage().contains("extends questionnaire 'coserve', which is not there"), e.getMessage());
    }

    @Test
    void extraIdsMayNotClashWithThePublishedOnes() {
        List<SourceFile> files = new ArrayList<>(SHIPPED);
        files.add(new SourceFile("own/coserve.extra.yaml", EXTENSION.content().replace("id: eu-funding",
                "id: many-users")));
        DefinitionException e = assertThrows(DefinitionException.class, () -> LOADER.loadAll(files));
        assertTrue(e.getMessage().contains("already has question 'many-users'"), e.getMessage());
    }

    @Test
    void anExtensionIsNamedAfterTheQuestionnaireItExtends() {
        List<SourceFile> files = new ArrayList<>(SHIPPED);
        files.add(new SourceFile("own/ours.yaml", EXTENSION.content()));
        DefinitionException e = assertThrows(DefinitionException.class, () -> LOADER.loadAll(files));
        assertTrue(e.getMessage().contains("must be in a file named coserve.extra.yaml"), e.getMessage());
    }

    @Test
    void anExtensionHasNoIdOrVersionOfItsOwn() {
        List<SourceFile> files = new ArrayList<>(SHIPPED);
        files.add(new SourceFile("own/coserve.extra.yaml", EXTENSION.content().replace("extends: coserve",
                "extends: coserve\nversion: 2")));
        DefinitionException e = assertThrows(DefinitionException.class, () -> LOADER.loadAll(files));
        assertTrue(e.getMessage().contains("field 'version' does not apply to an extension file"), e.getMessage());
    }

    private static Questionnaire coserve(QuestionnaireLoader.Loaded loaded) {
        return loaded.questionnaires().stream().filter(q -> q.id().equals("coserve")).findFirst().orElseThrow();
    }
}
