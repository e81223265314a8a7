package org.cokit.engine.loading;

import static org.cokit.engine.QuestionnaireFixtures.LOADER;
import static org.cokit.engine.QuestionnaireFixtures.problems;
import static org.cokit.engine.QuestionnaireFixtures.sample;
import static org.cokit.engine.QuestionnaireFixtures.source;
import static org.cokit.engine.QuestionnaireFixtures.withQuestions;
import static org.cokit.engine.QuestionnaireFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.i18n.Language;
import org.junit.jupiter.api.Test;

/** Loading questionnaire YAML: the valid sample into records, and each kind of fault with its file and line. */
class QuestionnaireLoaderTest {

    @Test
    void theSampleLoadsIntoRecordsInFileOrder() {
        Questionnaire q = sample();
        assertEquals("sample", q.id());
        assertEquals(2, q.version());
        assertEquals("questionnaires/valid/sample.yaml", q.source());
        assertEquals("Vzorčni vprašalnik", q.title().in(Language.SL));
        assertEquals("Kun til test.", q.description().in(Language.DA));
        assertEquals(List.of("users", "channels"), q.sections().stream().map(s -> s.id()).toList());
        assertEquals(List.of("many-users", "users-count", "satisfaction", "main-channel", "other-channels",
                "phone-hours", "complaints"), q.questions().stream().map(Question::id).toList());
        assertEquals(List.of(QuestionType.values()),
                q.questions().stream().map(Question::type).distinct().sorted().toList());
    }

    @Test
    void everyQuestionCarriesWhatItsTypeNeeds() {
        Questionnaire q = sample();
        Question manyUsers = q.question("many-users").orElseThrow();
        assertTrue(manyUsers.required());
        assertTrue(manyUsers.allowNotApplicable());
        assertEquals("A rough order of magnitude is enough.", manyUsers.help().in(Language.EN));
        assertNull(manyUsers.showIf());

        Question count = q.question("users-count").orElseThrow();
        assertEquals(BigDecimal.ZERO, count.min());
        assertEquals(new BigDecimal("10000000"), count.max());
        assertFalse(count.required());
        assertEquals("answers[\"many-users\"] == \"yes\"", count.showIf().expression());
        assertEquals(Set.of("many-users"), count.requiredIf().references());

        Question satisfaction = q.question("satisfaction").orElseThrow();
        assertEquals(List.of("1", "2", "3", "4", "5"), satisfaction.options().stream().map(Option::id).toList());
        assertEquals("Sploh ne", satisfaction.options().get(0).label().in(Language.SL));
        assertTrue(satisfaction.options().get(1).label().isEmpty());
        assertEquals("Fully", satisfaction.options().get(4).label().in(Language.EN));

        assertEquals(List.of("online", "counter", "phone"),
                q.question("main-channel").orElseThrow().options().stream().map(Option::id).toList());
        assertEquals(4, q.question("other-channels").orElseThrow().options().size());
        assertEquals(50, q.question("phone-hours").orElseThrow().maxLength());
        assertEquals(Question.DEFAULT_LONG_TEXT_MAX_LENGTH, q.question("complaints").orElseThrow().maxLength());
        assertTrue(q.question("nothing").isEmpty());
    }

    @Test
    void missingTranslationsAreNoErrorButAreListedWithTheirLine() {
        List<Problem> missing = LOADER.load(source("valid/sample.yaml")).missingTranslations();
        assertEquals(List.of("questionnaires/valid/sample.yaml:68: question 'complaints': field 'text' has no da"
                + " translation; English is shown instead"), missing.stream().map(Problem::toString).toList());
        Question complaints = sample().question("complaints").orElseThrow();
        assertEquals("What do users complain about?", complaints.text().in(Language.DA));
    }

    @Test
    void anUnknownTypeNamesFileLineAndQuestion() {
        assertEquals(List.of("questionnaires/bad/unknown-type.yaml:13: question 'many-users': unknown type 'yesno'"
                + " (one of yes-no, scale, single, multi, number, text, long-text)"),
                messages(problems("bad/unknown-type.yaml")));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        assertEquals(List.of(
                "questionnaires/bad/missing-field.yaml:2: questionnaire 'missing-field': missing field 'version'",
                "questionnaires/bad/missing-field.yaml:8: question 'many-users': missing field 'text'"),
                messages(problems("bad/missing-field.yaml")));
    }

    @Test
    void duplicateIdsNameTheLineOfTheFirstUse() {
        assertEquals(List.of(
                "questionnaires/bad/duplicate-id.yaml:15: question 'many-users': the question id 'many-users' is"
                        + " used twice (first on line 9)",
                "questionnaires/bad/duplicate-id.yaml:20: question 'many-users', option 'online': the option id"
                        + " 'online' is used twice (first on line 19)"),
                messages(problems("bad/duplicate-id.yaml")));
    }

    @Test
    void conditionsMayOnlyNameExistingEarlierQuestions() {
        assertEquals(List.of(
                "questionnaires/bad/dangling-reference.yaml:12: question 'users-count': show-if refers to question"
                        + " 'many-user', which does not exist",
                "questionnaires/bad/dangling-reference.yaml:16: question 'complaints': required-if refers to"
                        + " question 'satisfaction', which comes later; a condition may only read questions asked"
                        + " before it"),
                messages(problems("bad/dangling-reference.yaml")));
    }

    @Test
    void conditionsAreTypeCheckedWhenTheFileLoads() {
        assertEquals(List.of(
                "questionnaires/bad/cel-type-error.yaml:15: question 'users-count': show-if"
                        + " 'size(answers[\"many-users\"]) + 1': expected type 'bool' but found 'int' (at character 29)",
                "questionnaires/bad/cel-type-error.yaml:19: question 'complaints': show-if: question 'many-users'"
                        + " (yes-no) is compared with \"yse\", which is not one of its answers [yes, no]"),
                messages(problems("bad/cel-type-error.yaml")));
    }

    @Test
    void everyTextNeedsEnglish() {
        assertEquals(List.of("questionnaires/bad/missing-english.yaml:11: question 'many-users': field 'text' has"
                + " no English text ('en'), which every text needs"), messages(problems("bad/missing-english.yaml")));
    }

    @Test
    void minMustNotExceedMax() {
        assertEquals(List.of("questionnaires/bad/min-above-max.yaml:12: question 'users-count': min 100 is greater"
                + " than max 10"), messages(problems("bad/min-above-max.yaml")));
    }

    @Test
    void allProblemsOfAFileAreReportedTogetherOneLineEach() {
        SourceFile file = yaml("many-faults.yaml", """
                id: many-faults
                version: 0
                title: {en: Many faults, de: Viele Fehler}
                sections:
                  - id: Users
                    title: {en: Users}
                    questions:
                      - id: count
                        type: number
                        text: {en: Count}
                        min: 5
                        max: 1
                      - id: kind
                        type: yes-no
                        text: {en: Kind}
                        options: [{id: a, label: {en: A}}]
                        show-if: answers["count"] > "many"
                """);
        DefinitionException e = assertThrows(DefinitionException.class, () -> LOADER.load(file));
        assertEquals(String.join("\n",
                "questionnaires/many-faults.yaml:2: questionnaire 'many-faults': field 'version' must be at least 1",
                "questionnaires/many-faults.yaml:3: questionnaire 'many-faults': field 'title': unknown language 'de'"
                        + " (texts are in en, sl, hr and da)",
                "questionnaires/many-faults.yaml:5: section 'Users': id 'Users' is not kebab-case (lower-case letters"
                        + " and digits, words joined by single hyphens, e.g. many-users)",
                "questionnaires/many-faults.yaml:11: question 'count': min 5 is greater than max 1",
                "questionnaires/many-faults.yaml:16: question 'kind': field 'options' does not apply to yes-no"
                        + " questions",
                "questionnaires/many-faults.yaml:17: question 'kind': show-if: question 'count' (number) is a number,"
                        + " but is compared with \"many\""), e.getMessage());
        assertEquals(6, e.problems().size());
    }

    @Test
    void aScaleNeedsItsPointsAndLabelsWithinThem() {
        List<Problem> problems = problems(withQuestions("scales", """
                      - id: no-points
                        type: scale
                        text: {en: No points}
                      - id: label-too-far
                        type: scale
                        points: 3
                        labels: {1: {en: Low}, 4: {en: Beyond}}
                        text: {en: Label too far}
                """));
        assertEquals(List.of(
                "questionnaires/scales.yaml:9: question 'no-points': missing field 'points'",
                "questionnaires/scales.yaml:15: question 'label-too-far': a label for point 4, but the scale has 3"
                        + " points"), messages(problems));
    }

    @Test
    void aChoiceNeedsOptionsAndASingleChoiceAtLeastTwo() {
        List<Problem> problems = problems(withQuestions("choices", """
                      - id: no-options
                        type: multi
                        text: {en: No options}
                      - id: one-option
                        type: single
                        text: {en: One option}
                        options: [{id: only, label: {en: Only}}]
                """));
        assertEquals(List.of(
                "questionnaires/choices.yaml:9: question 'no-options': missing field 'options'",
                "questionnaires/choices.yaml:15: question 'one-option': field 'options' needs at least 2 entries"),
                messages(problems));
    }

    @Test
    void conditionsReadAnswersOnlyThroughQuestionIds() {
        List<Problem> problems = problems(withQuestions("conditions", """
                      - id: first
                        type: multi
                        text: {en: First}
                        options: [{id: a, label: {en: A}}, {id: b, label: {en: B}}]
                      - id: self
                        type: yes-no
                        text: {en: Self}
                        show-if: answers["self"] == "yes"
                      - id: whole-map
                        type: yes-no
                        text: {en: Whole map}
                        show-if: size(answers) > 1
                      - id: wrong-option
                        type: yes-no
                        text: {en: Wrong option}
                        show-if: '"c" in answers["first"]'
                      - id: list-compared
                        type: yes-no
                        text: {en: List compared}
                        required: true
                        required-if: answers["first"] == "a"
                """));
        assertEquals(List.of(
                "questionnaires/conditions.yaml:16: question 'self': show-if refers to its own question 'self'",
                "questionnaires/conditions.yaml:20: question 'whole-map': show-if: use answers only as"
                        + " answers[\"question-id\"], \"question-id\" in answers or has(answers.id), so that the questions"
                        + " it reads are known",
                "questionnaires/conditions.yaml:24: question 'wrong-option': show-if: question 'first' (multi) is"
                        + " tested for \"c\", which is not one of its options [a, b]",
                "questionnaires/conditions.yaml:29: question 'list-compared': required-if has no effect on a question"
                        + " that is always required; remove one of them",
                "questionnaires/conditions.yaml:29: question 'list-compared': required-if: question 'first' (multi)"
                        + " holds a list of option ids: test it with \"option-id\" in answers[\"first\"]"),
                messages(problems));
    }

    @Test
    void unquotedYesAndNoStayStringsAsInYaml12() {
        Questionnaire q = LOADER.load(withQuestions("words", """
                      - id: agree
                        type: single
                        text: {en: "Agree?"}
                        required: true
                        options:
                          - {id: yes, label: {en: Yes}}
                          - {id: no, label: {en: No}}
                          - {id: off, label: {en: Off}}
                """)).questionnaire();
        Question agree = q.question("agree").orElseThrow();
        assertEquals(List.of("yes", "no", "off"), agree.options().stream().map(Option::id).toList());
        assertEquals("Yes", agree.options().get(0).label().in(Language.HR));
        assertTrue(agree.required());
    }

    @Test
    void yamlSyntaxErrorsNameTheirLineAndHowToFixTheCommonOne() {
        List<Problem> problems = problems(withQuestions("syntax", """
                      - id: question-mark
                        type: yes-no
                        text: {en: Is it?, sl: Ali je?}
                """));
        assertEquals(List.of("questionnaires/syntax.yaml:11: not valid YAML: expected ',' or '}', but got ?; inside"
                + " { } put a text with a question mark in quotes, e.g. {en: \"Is it?\"}"), messages(problems));
    }

    @Test
    void keysGivenTwiceAndEmptyFilesAreProblems() {
        assertEquals(List.of("questionnaires/twice.yaml:11: question 'q': key 'type' is given twice"),
                messages(problems(withQuestions("twice", """
                              - id: q
                                type: yes-no
                                type: number
                                text: {en: Q}
                        """))));
        assertEquals(List.of("questionnaires/empty.yaml: the file is empty"),
                messages(problems(yaml("empty.yaml", "# nothing yet\n"))));
    }

    @Test
    void theFileNameFollowsIdAndVersion() {
        String text = source("valid/sample.yaml").content();
        assertEquals("sample", LOADER.load(yaml("sample.v2.yaml", text)).questionnaire().id());
        assertEquals(List.of("questionnaires/other.yaml:2: questionnaire 'sample': the file of version 2 must be"
                + " named sample.yaml (the newest version) or sample.v2.yaml"),
                messages(problems(yaml("other.yaml", text))));
        assertEquals(1, problems(yaml("sample.v1.yaml", text)).size());
    }

    @Test
    void severalFilesLoadTogetherAndOneVersionMayNotBeDefinedTwice() {
        String text = source("valid/sample.yaml").content();
        QuestionnaireLoader.Loaded loaded = LOADER.loadAll(List.of(yaml("sample.yaml", text),
                yaml("sample.v1.yaml", text.replace("version: 2", "version: 1"))));
        assertEquals(List.of(1, 2), loaded.questionnaires().stream().map(Questionnaire::version).toList());
        assertEquals(2, loaded.missingTranslations().size());

        DefinitionException e = assertThrows(DefinitionException.class, () -> LOADER.loadAll(List.of(
                yaml("sample.yaml", text), yaml("sample.v2.yaml", text), source("bad/min-above-max.yaml"))));
        assertEquals(List.of("questionnaires/sample.v2.yaml: questionnaire 'sample' version 2 is also defined in"
                + " questionnaires/sample.yaml; raise the version of the newer one",
                "questionnaires/bad/min-above-max.yaml:12: question 'users-count': min 100 is greater than max 10"),
                messages(e.problems()));
    }

    @Test
    void questionsOfEveryTypeWithoutOptionalFieldsGetDefaults() {
        Questionnaire q = LOADER.load(withQuestions("defaults", """
                      - id: short
                        type: text
                        text: {en: Short}
                      - id: count
                        type: number
                        text: {en: Count}
                """)).questionnaire();
        Question shortText = q.question("short").orElseThrow();
        assertEquals(Question.DEFAULT_TEXT_MAX_LENGTH, shortText.maxLength());
        assertFalse(shortText.required());
        assertFalse(shortText.allowNotApplicable());
        assertTrue(shortText.help().isEmpty());
        assertEquals("", shortText.help().in(Language.SL));
        Question count = q.question("count").orElseThrow();
        assertNull(count.min());
        assertNull(count.max());
        assertNull(count.maxLength());
        assertNotNull(count.text());
        assertEquals(Map.of(Language.EN, "Count"), count.text().texts());
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }
}
