package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublishedVersionsTest {

    @Inject
    PublishedVersions published;

    @Inject
    QuestionnaireRegistry registry;

    @Test
    void aUsedVersionWithOtherQuestionsIsRefusedButTextEditsAreNot() {
        Questionnaire sample = registry.find("sample", 2).orElseThrow();
        published.check(List.of(sample));
        published.check(List.of(withFirstQuestion(sample, q -> new Question(q.id(), q.type(),
                LocalizedText.english("Reworded, same meaning"), q.help(), q.required(), q.allowNotApplicable(),
                q.options(), q.min(), q.max(), q.maxLength(), q.showIf(), q.requiredIf()))));

        Questionnaire retyped = withFirstQuestion(sample, q -> new Question(q.id(), QuestionType.TEXT, q.text(),
                q.help(), q.required(), q.allowNotApplicable(), List.of(), null, null, null, null, null));
        DefinitionException refused = assertThrows(DefinitionException.class,
                () -> published.check(List.of(retyped)));
        assertTrue(refused.getMessage().contains("sample.yaml"), refused.getMessage());
        assertTrue(refused.getMessage().contains("version 2 is already in use"), refused.getMessage());
    }

    @Test
    void theFingerprintIgnoresTextsAndSeesStructure() {
        Questionnaire sample = registry.find("sample", 2).orElseThrow();
        assertEquals(PublishedVersions.fingerprint(sample), PublishedVersions.fingerprint(sample));
        Questionnaire notApplicableRemoved = withFirstQuestion(sample, q -> new Question(q.id(), q.type(), q.text(),
                q.help(), q.required(), !q.allowNotApplicable(), q.options(), q.min(), q.max(), q.maxLength(),
                q.showIf(), q.requiredIf()));
        assertNotEquals(PublishedVersions.fingerprint(sample), PublishedVersions.fingerprint(notApplicableRemoved));
    }

    private static Questionnaire withFirstQuestion(Questionnaire q, java.util.function.UnaryOperator<Question> change) {
        List<Section> sections = new ArrayList<>(q.sections());
        Section first = sections.get(0);
        List<Question> questions = new ArrayList<>(first.questions());
        questions.set(0, change.apply(questions.get(0)));
        sections.set(0, new Section(first.id(), first.title(), first.description(), questions));
        return new Questionnaire(q.id(), q.version(), q.title(), q.description(), sections, q.source());
    }
}
