package org.cokit.scoring.loading;

import static org.cokit.scoring.RuleSetFixtures.LOADER;
import static org.cokit.scoring.RuleSetFixtures.QUESTIONNAIRES;
import static org.cokit.scoring.RuleSetFixtures.dex;
import static org.cokit.scoring.RuleSetFixtures.load;
import static org.cokit.scoring.RuleSetFixtures.messages;
import static org.cokit.scoring.RuleSetFixtures.problems;
import static org.cokit.scoring.RuleSetFixtures.source;
import static org.cokit.scoring.RuleSetFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cokit.engine.loading.DefinitionException;
import org.cokit.engine.loading.DefinitionFolder;
import org.cokit.engine.loading.Problem;
import org.cokit.engine.loading.SourceFile;
import org.cokit.scoring.RuleSetFixtures;
import org.cokit.scoring.rules.Attribute;
import org.cokit.scoring.rules.RuleSet;
import org.cokit.scoring.rules.RuleSetKind;
import org.cokit.scoring.rules.WeightedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rule-set YAML: the valid fixtures into rule sets, and each kind of fault with its file, line and node. */
class RuleSetLoaderTest {

    @TempDir
    Path folder;

    private static List<String> problemsOf(String badFixture) {
        return messages(problems(source("bad/" + badFixture)));
    }

    @Test
    void theDexFixtureLoadsInFileOrder() {
        RuleSet rules = load("sample-dex.yaml");
        assertEquals("sample-dex", rules.id());
        assertEquals(1, rules.version());
        assertEquals("sample", rules.questionnaire());
        assertEquals(RuleSetKind.DEX, rules.kind());
        assertEquals("scoring-rules/valid/sample-dex.yaml", rules.info().source());
        assertEquals(List.of("many-users", "satisfaction", "user-base", "online-first", "users", "reach", "overall"),
                rules.attributes().stream().map(Attribute::id).toList());
        assertEquals("overall", rules.root().id());
        assertEquals(List.of("users", "reach", "user-base"), rules.root().from());
        assertEquals("users-count", rules.attribute("user-base").orElseThrow().question());
        assertEquals(2, rules.recommendations().size());
        assertEquals("reach == low and not users >= high", rules.recommendations().get(1).when().source());
        assertEquals(27, rules.dexModel().orElseThrow().find("overall").map(a -> ((org.cokit.scoring.dex.DexFunction)
                a.aggregation()).ruleCount()).orElseThrow());
    }

    @Test
    void theWeightedFixtureLoadsWithItsBands() {
        RuleSet rules = load("sample-weighted.yaml");
        assertEquals(RuleSetKind.WEIGHTED, rules.kind());
        assertEquals(List.of("weak", "fair", "strong"), rules.attribute("users").orElseThrow().scale().valueIds());
        assertEquals(List.of("not-ready", "ready"), rules.root().scale().valueIds());
        assertTrue(rules.dexModel().isEmpty());
        assertEquals("sum", WeightedNode.Aggregate.SUM.id());
    }

    @Test
    void anIncompleteTableNamesTheCombinationsWithoutAValue() {
        assertEquals(List.of("scoring-rules/bad/incomplete-table.yaml:13: node 'users': no rule gives a value for"
                + " (many-users=yes, satisfaction=low), (many-users=yes, satisfaction=medium); cover every combination"
                + " with rows ('*' and ranges help) or fill the rest from weights"), problemsOf("incomplete-table.yaml"));
    }

    @Test
    void overlappingRowsMustAgree() {
        assertEquals(List.of("scoring-rules/bad/disagreeing-rows.yaml:20: node 'users': the rows on lines 18 and 20"
                + " disagree for (many-users=yes, satisfaction=high): high vs medium; rows may overlap only where they"
                + " give the same value"), problemsOf("disagreeing-rows.yaml"));
    }

    @Test
    void aBetterInputMustNotMakeTheNodeWorse() {
        assertEquals(List.of("scoring-rules/bad/not-monotone.yaml:18: node 'users': the table is not monotone:"
                + " (many-users=no, satisfaction=low) gives medium, but (many-users=yes, satisfaction=low), better in"
                + " many-users, gives the worse low (lines 17 and 18); 1 more such pair(s); a better input must never"
                + " make the node worse"), problemsOf("not-monotone.yaml"));
    }

    @Test
    void aNodeMayOnlyBeMadeFromInputsAndNodesThatExist() {
        assertEquals(List.of("scoring-rules/bad/unknown-input.yaml:14: node 'users': 'satisfactoin' in 'from' is"
                + " neither an input nor a node"), problemsOf("unknown-input.yaml"));
    }

    @Test
    void anInputMustNameAQuestionOfTheQuestionnaire() {
        assertEquals(List.of("scoring-rules/bad/unknown-question.yaml:10: input 'many-users': question 'many-user'"
                + " is not in questionnaire 'sample'"), problemsOf("unknown-question.yaml"));
        assertEquals(List.of("scoring-rules/unknown-questionnaire.yaml:4: rule set 'unknown-questionnaire':"
                + " questionnaire 'sampel' does not exist"), messages(problems(yaml("unknown-questionnaire.yaml",
                        source("bad/unknown-question.yaml").content().replace("id: unknown-question",
                                "id: unknown-questionnaire").replace("questionnaire: sample", "questionnaire: sampel")))));
    }

    @Test
    void eachAnswerTypeMustFitItsInput() {
        String file = "scoring-rules/bad/wrong-answer-type.yaml:";
        assertEquals(List.of(
                file + "10: input 'many-users': question 'many-users' (yes-no) fits a scale of 2 values (worst first,"
                        + " e.g. [no, yes]), but scale 'three' has 3; use such a scale or map yes and no to values with"
                        + " 'map'",
                file + "11: input 'satisfaction': question 'satisfaction' (scale) has 5 points, so without a map its"
                        + " scale needs 5 values, but scale 'three' has 3; map the points to values with 'map'",
                file + "12: input 'channel': question 'main-channel' (single) needs a 'map' from its answers to values"
                        + " of scale 'three'",
                file + "13: input 'channels': question 'other-channels' (multi) gives several options at once, which"
                        + " is not one value of a DEX scale; score it in a weighted rule set or ask a yes-no question"
                        + " per option",
                file + "14: input 'hours': question 'phone-hours' is a text question; free text cannot be scored"),
                problemsOf("wrong-answer-type.yaml"));
    }

    @Test
    void conditionsOfRecommendationsAreCheckedWhenTheFileLoads() {
        String file = "scoring-rules/bad/bad-when.yaml:";
        assertEquals(List.of(
                file + "20: recommendation #1: when 'users <= hgih': 'hgih' is not a value of 'users' (low, medium,"
                        + " high)",
                file + "23: recommendation #2: when 'organisation <= low': 'organisation' is not a node or input of"
                        + " this rule set (nodes: users)",
                file + "26: recommendation #3: when 'users < = low and': '=' is not a comparison (==, !=, <, <=, >,"
                        + " >=)",
                file + "29: recommendation #4: when '(users >= medium or many-users == yes': a '(' is not closed"),
                problemsOf("bad-when.yaml"));
    }

    @Test
    void everyTextNeedsEnglishAndMissingTranslationsAreWarnings() {
        assertEquals(List.of(
                "scoring-rules/bad/missing-english.yaml:11: scale 'three': field 'labels.low' has no English text"
                        + " ('en'), which every text needs",
                "scoring-rules/bad/missing-english.yaml:27: recommendation #1, action 'find-users': field 'text' has"
                        + " no English text ('en'), which every text needs"), problemsOf("missing-english.yaml"));
        SourceFile untranslated = dex("untranslated", """
                  many-users: {question: many-users, scale: yes-no, title: {en: Many users, sl: Veliko uporabnikov}}
                """, """
                  top: {scale: three, from: [many-users], weights: {'*': 1}}
                """);
        List<Problem> missing = LOADER.load(untranslated, RuleSetFixtures.folder("scoring-rules/valid"),
                QUESTIONNAIRES).missingTranslations();
        assertEquals(List.of("scoring-rules/untranslated.yaml:10: input 'many-users': field 'title' has no hr, da"
                + " translation; English is shown instead"), messages(missing));
    }

    @Test
    void countTablesCoverEveryCountOnceOverTwoValuedInputs() {
        List<String> problems = messages(problems(dex("count", """
                  many-users: {question: many-users, scale: yes-no}
                  online: {question: main-channel, scale: yes-no, map: {online: yes, counter: no, phone: no}}
                  satisfaction: {question: satisfaction, scale: three, map: {1: low, 2: low, 3: medium, 4: high, 5: high}}
                """, """
                  a: {scale: three, from: [many-users, online], count: {favourable: {0: low, 1-2: high, 2: medium}}}
                  b: {scale: three, from: [many-users, online], count: {favourable: {0..1: low}}}
                  c: {scale: three, from: [many-users, satisfaction], count: {favourable: {0: low, 1: medium, 2: high}}}
                  d: {scale: three, from: [many-users, online], count: {favourable: {0: high, 1: medium, 2: low}}}
                  top: {scale: three, from: [a, b, c, d], weights: {a: 1, b: 2, '*': 0}}
                """)));
        assertEquals(List.of(
                "scoring-rules/count.yaml:14: node 'a': '2' and '1-2' give different values for 2 favourable; counts"
                        + " may overlap only where they give the same value",
                "scoring-rules/count.yaml:15: node 'b': no value for 2 favourable input(s); every count from 0 to 2"
                        + " needs one",
                "scoring-rules/count.yaml:16: node 'c': 'count' needs inputs with two values (favourable or not), but"
                        + " 'satisfaction' has 3",
                "scoring-rules/count.yaml:17: node 'd': the table is not monotone: (many-users=no, online=no) gives"
                        + " high, but (many-users=yes, online=no), better in many-users, gives the worse medium; 3 more"
                        + " such pair(s); a better input must never make the node worse"), problems);
    }

    @Test
    void theTreeHangsFromTheRootWithoutCycles() {
        assertEquals(List.of("scoring-rules/cycle.yaml:13: node 'x': made from itself: x <- y <- x"),
                messages(problems(dex("cycle", """
                          many-users: {question: many-users, scale: yes-no}
                        """, """
                          top: {scale: three, from: [x], weights: {'*': 1}}
                          x: {scale: three, from: [y, many-users], weights: {'*': 1}}
                          y: {scale: three, from: [x], weights: {'*': 1}}
                        """))));
        assertEquals(List.of(
                "scoring-rules/unused.yaml:11: input 'unused': not under the root 'top'; use it in a node's 'from' or"
                        + " remove it",
                "scoring-rules/unused.yaml:14: node 'spare': not under the root 'top'; use it in a node's 'from' or"
                        + " remove it"),
                messages(problems(dex("unused", """
                          many-users: {question: many-users, scale: yes-no}
                          unused: {question: many-users, scale: yes-no}
                        """, """
                          top: {scale: three, from: [many-users], weights: {'*': 1}}
                          spare: {scale: three, from: [many-users], weights: {'*': 1}}
                        """))));
        assertEquals(List.of("scoring-rules/rootless.yaml:13: rule set 'rootless': 'many-users' is not a node"
                + " (nodes: top)"), messages(problems(yaml("rootless.yaml", dex("rootless", """
                          many-users: {question: many-users, scale: yes-no}
                        """, """
                          top: {scale: three, from: [many-users], weights: {'*': 1}}
                        """).content().replace("root: top", "root: many-users")))));
    }

    @Test
    void mapsCoverEveryAnswerOnceWithValuesOfTheScale() {
        String file = "scoring-rules/maps.yaml:";
        assertEquals(List.of(
                file + "10: input 'many-users': 'reverse' turns the default mapping round; with a 'map', write the"
                        + " values the other way round in it instead",
                file + "10: input 'many-users': 'maybe' is not an answer of question 'many-users' (yes, no)",
                file + "10: input 'many-users': no entry for 'no' of question 'many-users'; every answer needs one",
                file + "11: input 'count': answers to question 'users-count' below 10 would have no value; start the"
                        + " lowest key at or below its min",
                file + "12: input 'channel': 'hgh' is not a value of input 'channel' (scale 'three': low, medium,"
                        + " high)",
                file + "19: node 'top': rules[2] has 5 cells, but the node needs 4: one per input in 'from' order"
                        + " (many-users, count, channel) and the value last",
                file + "20: node 'top': '*' is not a value of the node (scale 'three': low, medium, high)"),
                messages(problems(dex("maps", """
                          many-users: {question: many-users, scale: yes-no, map: {yes: yes, maybe: no}, reverse: true}
                          count: {question: users-count, scale: three, map: {10: low, 100: high}}
                          channel: {question: main-channel, scale: three, map: {online: hgh, counter: '*', phone: low..medium}}
                        """, """
                          top:
                            scale: three
                            from: [many-users, count, channel]
                            rules:
                              - [no, '*', '*', low]
                              - [yes, '>=medium', '*', high, extra]
                              - [yes, low, '*', '*']
                        """))));
    }

    @Test
    void weightedRuleSetsHaveTheirOwnFieldsAndChecks() {
        String file = "scoring-rules/weighted-faults.yaml:";
        assertEquals(List.of(
                file + "6: rule set 'weighted-faults': field 'scales' does not apply to weighted rule sets",
                file + "8: band 'weak': the first band starts at 0, not 10",
                file + "9: band 'fair': bands go worst first, so each starts above the one before; 5 does not",
                file + "11: input 'many-users': 'scale' is for dex rule sets; a weighted input gives 'points' per"
                        + " answer",
                file + "12: input 'channel': question 'main-channel' (single) needs 'points' for its options",
                file + "13: input 'count': every answer of question 'users-count' (number) gives the same points, so it"
                        + " cannot tell answers apart",
                file + "18: node 'top': 'weights' apply to aggregate: weighted only, not mean",
                file + "19: node 'other': aggregate 'weighted' needs 'weights'",
                file + "19: node 'other': not under the root 'top'; use it in a node's 'from' or remove it",
                file + "22: node 'other': field 'rules' needs at least 1 entry",
                file + "22: node 'other': 'rules' is for dex rule sets; a weighted node combines its children with"
                        + " 'aggregate' (mean, sum or weighted)"),
                messages(problems(yaml("weighted-faults.yaml", """
                        # Test data made by a test.
                        id: weighted-faults
                        version: 1
                        questionnaire: sample
                        kind: weighted
                        scales: {three: {values: [a, b]}}
                        bands:
                          - {id: weak, from: 10, label: {en: Weak}}
                          - {id: fair, from: 5, label: {en: Fair}}
                        inputs:
                          many-users: {question: many-users, scale: three}
                          channel: {question: main-channel}
                          count: {question: users-count, points: {0: 1, 10: 1}}
                        nodes:
                          top:
                            from: [many-users, channel, count]
                            aggregate: mean
                            weights: {'*': 1}
                          other:
                            from: [many-users]
                            aggregate: weighted
                            rules: []
                        root: top
                        """))));
    }

    @Test
    void theSchemaNamesTheElementAndFileNamesFollowIdAndVersion() {
        String file = "scoring-rules/wrong-name.yaml:";
        assertEquals(List.of(
                file + "1: rule set 'Right-Name': id 'Right-Name' is not kebab-case (lower-case letters and digits,"
                        + " words joined by single hyphens, e.g. many-users)",
                file + "1: rule set 'Right-Name': the file of version 1 must be named Right-Name.yaml (the newest"
                        + " version) or Right-Name.v1.yaml",
                file + "3: rule set 'Right-Name': questionnaire 'nothing' does not exist",
                file + "5: rule set 'Right-Name': field 'model' must be the name of a .dxi file beside the rule set,"
                        + " e.g. coserve.dxi",
                file + "6: rule set 'Right-Name': field 'bands' needs at least 2 entries",
                file + "6: rule set 'Right-Name': field 'bands' does not apply to dex rule sets",
                file + "7: rule set 'Right-Name': field 'inputs' needs at least 1 entry",
                file + "8: rule set 'Right-Name': id 'Top' is not kebab-case (lower-case letters and digits, words joined by"
                        + " single hyphens, e.g. many-users)",
                file + "8: rule set 'Right-Name': field 'nodes' does not apply when 'model' names a DEXi file, which"
                        + " holds the scales and nodes"),
                messages(problems(yaml("wrong-name.yaml", """
                        id: Right-Name
                        version: 1
                        questionnaire: nothing
                        kind: dex
                        model: ../Car.dxi
                        bands: []
                        inputs: {}
                        nodes: {Top: {from: [x]}}
                        root: x
                        """))));
    }

    @Test
    void aDexiModelMustBeBesideTheFileWithEveryBasicAttributeMapped() throws IOException {
        Files.copy(RuleSetFixtures.class.getResourceAsStream("/dexi/Car.dxi"), folder.resolve("Car.dxi"));
        String car = RuleSetFixtures.resource("dexi/car.yaml").content();
        List<String> problems = messages(carProblems(car.replace("model: Car.dxi", "model: Bus.dxi")));
        assertEquals(List.of("dexi/car.yaml:7: rule set 'car': the DEXi file 'Bus.dxi' is not in " + folder.toString()
                .replace('\\', '/') + " beside the rule set"), problems);
        problems = messages(carProblems(car.replace("  LUGGAGE: {question: luggage}\n", "")
                .replace("  SAFETY: {question: safety}", "  SAFETY: {question: safety, scale: three}\n  COMFORT: {question: luggage}")
                .replace("    exc: {en", "    excellent: {en")));
        assertEquals(List.of(
                "dexi/car.yaml:8: rule set 'car': the basic attribute(s) 'LUGGAGE' of Car.dxi are not mapped to a"
                        + " question",
                "dexi/car.yaml:21: input 'SAFETY': the scale comes from Car.dxi; remove 'scale'",
                "dexi/car.yaml:22: input 'COMFORT': 'COMFORT' is computed by Car.dxi; only its basic attributes take"
                        + " answers (BUY.PRICE, MAINT.PRICE, #PERS, #DOORS, LUGGAGE, SAFETY)",
                "dexi/car.yaml:28: labels of 'CAR': 'excellent' is not a value of 'CAR' (unacc, acc, good, exc)"),
                problems);
    }

    @Test
    void aDexiModelsTablesMustBeCompleteAndMonotoneToo() throws IOException {
        String model = new String(RuleSetFixtures.class.getResourceAsStream("/dexi/Car.dxi").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("Car.dxi"), model.replace("<LOW>000001230233</LOW>",
                "<LOW>000001230203</LOW>"));
        assertEquals(List.of("dexi/car.yaml:7: node 'CAR': the table is not monotone: (PRICE=medium, TECH.CHAR.=good)"
                + " gives good, but (PRICE=low, TECH.CHAR.=good), better in PRICE, gives the worse unacc; 1 more"
                + " such pair(s); a better input must never make the node worse"),
                messages(carProblems(RuleSetFixtures.resource("dexi/car.yaml").content())));
    }

    private List<Problem> carProblems(String carRuleSet) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> LOADER.load(
                new SourceFile("dexi/car.yaml", carRuleSet), DefinitionFolder.directory(folder), QUESTIONNAIRES));
        return e.problems();
    }

    @Test
    void aFolderLoadsAsAWholeAndAVersionIsDefinedOnce() throws IOException {
        String sample = source("valid/sample-dex.yaml").content();
        Files.writeString(folder.resolve("sample-dex.yaml"), sample);
        Files.writeString(folder.resolve("sample-dex.v1.yaml"), sample);
        Files.writeString(folder.resolve("unknown-input.yaml"), source("bad/unknown-input.yaml").content());
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> LOADER.loadAll(DefinitionFolder.directory(folder), QUESTIONNAIRES));
        String prefix = folder.toString().replace('\\', '/') + "/";
        assertEquals(List.of(
                prefix + "sample-dex.yaml: rule set 'sample-dex' version 1 is also defined in " + prefix
                        + "sample-dex.v1.yaml; raise the version of the newer one",
                prefix + "unknown-input.yaml:14: node 'users': 'satisfactoin' in 'from' is neither an input nor a"
                        + " node"), messages(e.problems()));
        Files.delete(folder.resolve("sample-dex.yaml"));
        Files.delete(folder.resolve("unknown-input.yaml"));
        RuleSetLoader.Loaded loaded = LOADER.loadAll(DefinitionFolder.directory(folder), QUESTIONNAIRES);
        assertEquals(List.of("sample-dex"), loaded.ruleSets().stream().map(RuleSet::id).toList());
        assertEquals(List.of(), loaded.missingTranslations());
    }
}
