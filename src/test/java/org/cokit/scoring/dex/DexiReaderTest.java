package org.cokit.scoring.dex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cokit.scoring.dex.DexDiscretization.Association;
import org.cokit.scoring.dex.DexDiscretization.Bound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .dxi files: both syntaxes, ids, links, and a clear message for each kind of broken file. */
class DexiReaderTest {

    private static final String THREE = "<SCALE><SCALEVALUE><NAME>l</NAME></SCALEVALUE>"
            + "<SCALEVALUE><NAME>m</NAME></SCALEVALUE><SCALEVALUE><NAME>h</NAME></SCALEVALUE></SCALE>";
    private static final String CONTINUOUS = "<SCALE><CONTINUOUS/></SCALE>";

    private static String basic(String name) {
        return "<ATTRIBUTE><NAME>" + name + "</NAME>" + THREE + "</ATTRIBUTE>";
    }

    /** A file with two alternatives and one root attribute Y with the given body after its NAME. */
    private static String file(String yBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DEXi>\n<OPTION>a1</OPTION><OPTION>a2</OPTION>\n"
                + "<ATTRIBUTE><NAME>Y</NAME>\n" + yBody + "\n</ATTRIBUTE>\n</DEXi>";
    }

    /** Y over inputs A and B, both three-valued, with the given function element. */
    private static String table(String function) {
        return file(THREE + function + basic("A") + basic("B"));
    }

    private static DexiFormatException assertError(String xml, String attribute, String fragment) {
        DexiFormatException e = assertThrows(DexiFormatException.class, () -> DexiReader.read(xml));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(attribute, e.attribute(), e.getMessage());
        if (attribute != null) {
            assertTrue(e.getMessage().startsWith("attribute \"" + attribute + "\" (line "), e.getMessage());
        }
        assertTrue(e.line() > 0, e.getMessage());
        return e;
    }

    @Test
    void readsOldSyntaxFunctionsWithHighAndEntered() {
        DexModel model = DexiReader.read(table("<FUNCTION><LOW>000011012</LOW><HIGH>001112122</HIGH>"
                + "<ENTERED>+++-+++++</ENTERED></FUNCTION>")).model();
        DexFunction function = (DexFunction) model.attribute("Y").aggregation();
        assertEquals(DexValue.single(0), function.lookup(0, 0));
        assertEquals(DexValue.interval(0, 1), function.lookup(0, 2));
        assertEquals(DexValue.interval(1, 2), function.lookup(2, 1));
        assertFalse(function.isEntered(3));
        assertTrue(function.isEntered(4));
    }

    @Test
    void ruleCharactersAboveNineAreColonSemicolonAndSoOn() {
        StringBuilder scale = new StringBuilder("<SCALE>");
        for (int i = 0; i < 12; i++) {
            scale.append("<SCALEVALUE><NAME>v").append(i).append("</NAME></SCALEVALUE>");
        }
        scale.append("</SCALE>");
        DexModel model = DexiReader.read(file(scale + "<FUNCTION><LOW>9:;</LOW></FUNCTION>" + basic("A")))
                .model();
        DexFunction function = (DexFunction) model.attribute("Y").aggregation();
        assertEquals(List.of(9, 10, 11), List.of(function.lookup(0).ordinal(), function.lookup(1).ordinal(),
                function.lookup(2).ordinal()));
    }

    @Test
    void readsTablesOfRulesInAnyOrder() {
        DexModel model = DexiReader.read(table("<TABLE>"
                + "<RULE Args=\"2;2\">2</RULE><RULE Args=\"0;0\">0</RULE><RULE Args=\"0;1\" Entered=\"False\">0:1</RULE>"
                + "<RULE Args=\"1;0\">{0;2}</RULE><RULE Args=\"1;1\">*</RULE><RULE Args=\"0;2\">undef</RULE>"
                + "</TABLE>")).model();
        DexFunction function = (DexFunction) model.attribute("Y").aggregation();
        assertEquals(DexValue.single(2), function.lookup(2, 2));
        assertEquals(DexValue.interval(0, 1), function.lookup(0, 1));
        assertFalse(function.isEntered(function.index(0, 1)));
        assertTrue(function.isEntered(function.index(0, 0)));
        assertEquals(DexValue.set(0, 2), function.lookup(1, 0));
        assertEquals(DexValue.interval(0, 2), function.lookup(1, 1));
        assertTrue(function.lookup(0, 2).isUndefined());
        assertTrue(function.lookup(2, 0).isUndefined(), "a rule the table leaves out is undefined");
    }

    @Test
    void anAggregateWithoutAFunctionHasUndefinedRules() {
        DexModel model = DexiReader.read(table("")).model();
        DexFunction function = (DexFunction) model.attribute("Y").aggregation();
        assertEquals(9, function.ruleCount());
        assertTrue(function.lookup(1, 1).isUndefined());
        assertEquals(DexValue.interval(0, 2), new DexEvaluator(model).evaluate(DexTestModels.singles("A", 0, "B", 0))
                .value("Y"));
    }

    @Test
    void readsScalesOrderGroupsDescriptionsAndContinuousBounds() {
        DexiDocument document = DexiReader.read("""
                <DEXi><NAME>M</NAME><DESCRIPTION><LINE>first</LINE><LINE>second</LINE></DESCRIPTION>
                <ATTRIBUTE><NAME>Y</NAME>
                  <SCALE><ORDER>DESC</ORDER>
                    <SCALEVALUE><NAME>best</NAME><DESCRIPTION>top</DESCRIPTION><GROUP>GOOD</GROUP></SCALEVALUE>
                    <SCALEVALUE><NAME>worst</NAME><GROUP>BAD</GROUP></SCALEVALUE>
                  </SCALE>
                  <DISCRETIZE><VALUE>0</VALUE><BOUND>5</BOUND><VALUE>1</VALUE></DISCRETIZE>
                  <ATTRIBUTE><NAME>N</NAME><SCALE><CONTINUOUS><LOW>0</LOW><HIGH>10.5</HIGH></CONTINUOUS></SCALE>
                  </ATTRIBUTE>
                </ATTRIBUTE></DEXi>""");
        DexModel model = document.model();
        assertEquals("M", model.name());
        assertEquals("first\nsecond", model.description());
        DexScale y = model.attribute("Y").scale();
        assertEquals(DexScale.Order.DESCENDING, y.order());
        assertEquals(new DexScale.Value("best", "top", DexScale.Group.GOOD), y.values().get(0));
        assertEquals(DexScale.Group.BAD, y.group(1));
        assertTrue(y.compare(0, 1) > 0);
        DexScale n = model.attribute("N").scale();
        assertTrue(n.continuous());
        assertEquals(0, n.low());
        assertEquals(10.5, n.high());
        DexDiscretization discretization = (DexDiscretization) model.attribute("Y").aggregation();
        assertEquals(List.of(new Bound(5, Association.DOWN)), discretization.bounds(), "Down when not said");
        assertTrue(document.alternatives().isEmpty());
    }

    @Test
    void readsStoredValuesInBothSyntaxes() {
        DexiDocument old = DexiReader.read(file(THREE + "<FUNCTION><LOW>012</LOW></FUNCTION>"
                + "<OPTION>02</OPTION><OPTION>*</OPTION>"
                + "<ATTRIBUTE><NAME>A</NAME>" + THREE + "<OPTION>undefined</OPTION><OPTION></OPTION></ATTRIBUTE>"));
        assertEquals(List.of("a1", "a2"), old.alternatives().stream().map(DexAlternative::name).toList());
        assertEquals(DexValue.set(0, 2), old.alternatives().get(0).values().get("Y"));
        assertTrue(old.alternatives().get(0).values().get("A").isUndefined());
        assertEquals(DexValue.interval(0, 2), old.alternatives().get(1).values().get("Y"));
        assertEquals(DexValue.interval(0, 2), old.alternatives().get(1).values().get("A"));

        DexiDocument library = DexiReader.read("""
                <DEXi><ALTERNATIVE><NAME>x</NAME></ALTERNATIVE><ALTERNATIVE><NAME>y</NAME></ALTERNATIVE>
                <ALTERNATIVE><NAME>z</NAME></ALTERNATIVE>
                <ATTRIBUTE><NAME>Y</NAME>%s
                  <DISCRETIZE><VALUE>0</VALUE><BOUND Associate="Up">1</BOUND><VALUE>1:2</VALUE></DISCRETIZE>
                  <ALTERNATIVE>1:2</ALTERNATIVE><ALTERNATIVE>{0;2}</ALTERNATIVE><ALTERNATIVE>*</ALTERNATIVE>
                  <ATTRIBUTE><NAME>N</NAME>%s<ALTERNATIVE>2.5</ALTERNATIVE><ALTERNATIVE>-3</ALTERNATIVE>
                  <ALTERNATIVE>undef</ALTERNATIVE></ATTRIBUTE>
                </ATTRIBUTE></DEXi>""".formatted(THREE, CONTINUOUS));
        assertEquals(List.of("x", "y", "z"), library.alternatives().stream().map(DexAlternative::name).toList());
        assertEquals(DexValue.interval(1, 2), library.alternatives().get(0).values().get("Y"));
        assertEquals(DexValue.set(0, 2), library.alternatives().get(1).values().get("Y"));
        assertEquals(DexValue.number(2.5), library.alternatives().get(0).values().get("N"));
        assertEquals(DexValue.number(-3), library.alternatives().get(1).values().get("N"));
        assertTrue(library.alternatives().get(2).values().get("N").isUndefined());
        DexEvaluator evaluator = new DexEvaluator(library.model());
        assertEquals(DexValue.interval(1, 2), evaluator.evaluate(library.alternatives().get(0)
                .inputs(library.model())).value("Y"));
    }

    @Test
    void attributesAreValues() {
        DexModel first = DexTestModels.fixture("Car.dxi").model();
        DexModel second = DexTestModels.fixture("Car.dxi").model();
        assertEquals(first.attribute("CAR"), second.attribute("CAR"));
        assertEquals(first.attribute("CAR").hashCode(), second.attribute("CAR").hashCode());
        assertFalse(first.attribute("PRICE").equals(first.attribute("TECH.CHAR.")));
    }

    @Test
    void idsAreNamesMadeUnique() {
        assertEquals(List.of("PRICE", "PRICE.1", "PRICE.2", "X"),
                DexiReader.uniqueIds(List.of("PRICE", "PRICE", "PRICE", "X")));
        assertEquals(List.of("a", "a.1", "a.1.1"), DexiReader.uniqueIds(List.of("a", "a", "a.1")));
        DexModel model = DexiReader.read(file(THREE + "<FUNCTION><LOW>012012012</LOW></FUNCTION>"
                + basic("Y") + basic("Y"))).model();
        assertEquals(List.of("Y", "Y.1", "Y.2"), model.attributes().stream().map(DexAttribute::id).toList());
        assertTrue(model.attributes().stream().allMatch(a -> a.name().equals("Y")));
    }

    @Test
    void employee2LinksItsRepeatedBasicAttributes() {
        DexModel model = DexTestModels.fixture("Employee2.dxi").model();
        assertEquals("_Papers", model.attribute("_Papers.1").link());
        assertEquals("_Papers", model.attribute("_Papers.3").link());
        assertNull(model.attribute("_Papers").link());
        assertEquals(List.of("_ScientificProjects", "_Papers", "_Citations", "_SocialProjects", "_ScientificAwards",
                "_Courseware", "_StudentsEvaluation", "Supervision", "Memberships", "_SocialAwards"),
                model.inputs().stream().map(DexAttribute::id).toList());
        assertEquals(33, model.attributes().size());
        DexEvaluator evaluator = new DexEvaluator(model);
        assertEquals(DexValue.single(2),
                evaluator.evaluate(DexTestModels.singles("_Papers", 2)).value("_Papers.2"));
    }

    @Test
    void linkingPrefersTheOneAggregateOfTheSameNameAndAvoidsCycles() {
        String linked = """
                <DEXi><SETTINGS><LINKING>%s</LINKING></SETTINGS>
                <ATTRIBUTE><NAME>R</NAME>%s<FUNCTION><LOW>012012012</LOW></FUNCTION>
                  <ATTRIBUTE><NAME>X</NAME>%s<FUNCTION><LOW>012</LOW></FUNCTION>%s</ATTRIBUTE>
                  %s
                </ATTRIBUTE></DEXi>""";
        DexModel model = DexiReader.read(linked.formatted("True", THREE, THREE, basic("X"), basic("X")))
                .model();
        assertNull(model.attribute("X.1").link(), "X.1 sits under X: linking it to X would be a cycle");
        assertEquals("X", model.attribute("X.2").link());
        assertEquals(List.of("X.1"), model.inputs().stream().map(DexAttribute::id).toList());
        DexEvaluation evaluation = new DexEvaluator(model).evaluate(DexTestModels.singles("X.1", 1));
        assertEquals(DexValue.single(1), evaluation.value("X.2"));

        DexModel unlinked = DexiReader.read(linked.formatted("False", THREE, THREE, basic("X"), basic("X")))
                .model();
        assertEquals(List.of("X.1", "X.2"), unlinked.inputs().stream().map(DexAttribute::id).toList());
    }

    @Test
    void oneLevelContinuousNewHasTablesAndDiscretisations() {
        DexiDocument document = DexTestModels.fixture("OneLevelContinuousNew.dxi");
        DexModel model = document.model();
        assertInstanceOf(DexFunction.class, model.attribute("OneLevel").aggregation());
        assertEquals(new DexDiscretization(List.of(DexValue.single(0), DexValue.single(1)),
                List.of(new Bound(0, Association.DOWN))), model.attribute("X2").aggregation());
        assertEquals(List.of(new Bound(-1, Association.UP), new Bound(1, Association.DOWN)),
                ((DexDiscretization) model.attribute("X3").aggregation()).bounds());
        assertTrue(model.attribute("N1").scale().continuous());
        assertEquals(List.of("N1", "N2"), model.inputs().stream().map(DexAttribute::id).toList());
        DexAlternative nullAll = document.alternatives().get(1);
        assertEquals("Null/All", nullAll.name());
        assertEquals(DexValue.interval(0, 1), nullAll.values().get("X2"));
        assertEquals(DexValue.interval(0, 2), nullAll.values().get("OneLevel"));
        assertTrue(nullAll.values().get("N1").isUndefined());
        DexAlternative test7 = document.alternatives().get(8);
        assertEquals(DexValue.number(0), test7.values().get("N1"));
        assertEquals(DexValue.single(0), test7.values().get("X2"), "0 is the bound, associated Down");
    }

    @Test
    void readsFromAStreamAndAFile(@TempDir Path folder) throws Exception {
        String xml = table("<FUNCTION><LOW>000011012</LOW></FUNCTION>");
        Path file = folder.resolve("m.dxi");
        Files.writeString(file, xml);
        assertEquals(3, DexiReader.read(file).model().attributes().size());
        byte[] latin1 = xml.replace("UTF-8", "ISO-8859-1").replace("<NAME>A</NAME>", "<NAME>Å</NAME>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Å", DexiReader.read(new ByteArrayInputStream(latin1)).model().inputs().get(0).id());
    }

    // ---- every kind of broken file --------------------------------------------------------------------------

    @Test
    void malformedXmlNamesTheLine() {
        DexiFormatException e = assertError("<DEXi>\n<ATTRIBUTE>\n<NAME>Y</NAME>\n</DEXi>", null, "not well-formed");
        assertEquals(4, e.line());
        assertError("", null, "not well-formed");
        assertError("<MODEL/>", null, "expected <DEXi>");
        assertError("<DEXi><OPTION>a</OPTION></DEXi>", null, "no ATTRIBUTE");
        assertError("<DEXi><ATTRIBUTE>" + THREE + "</ATTRIBUTE></DEXi>", null, "has no NAME");
    }

    @Test
    void badBytesAndNumbersAreFormatErrors() {
        byte[] notUtf8 = {'<', 'D', 'E', 'X', 'i', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'D', 'E', 'X', 'i', '>'};
        assertThrows(DexiFormatException.class, () -> DexiReader.read(new ByteArrayInputStream(notUtf8)));
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE></DISCRETIZE><ATTRIBUTE><NAME>N</NAME>" + CONTINUOUS
                + "<ALTERNATIVE>1e999</ALTERNATIVE></ATTRIBUTE>"), "N", "\"1e999\" is not a number");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE><BOUND>1e999</BOUND><VALUE>1</VALUE></DISCRETIZE>"
                + "<ATTRIBUTE><NAME>N</NAME>" + CONTINUOUS + "</ATTRIBUTE>"), "Y", "finite number");
    }

    @Test
    void aDoctypeOrEntityIsRefused(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE DEXi [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<DEXi><ATTRIBUTE><NAME>&x;</NAME>" + THREE + "</ATTRIBUTE></DEXi>";
        DexiFormatException e = assertThrows(DexiFormatException.class, () -> DexiReader.read(xxe));
        assertFalse(e.getMessage().contains("TOPSECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("must not contain a DOCTYPE"), e.getMessage());
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE DEXi [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<DEXi><NAME>&b;</NAME></DEXi>";
        assertThrows(DexiFormatException.class, () -> DexiReader.read(bomb));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<DEXi>" + "<ATTRIBUTE>".repeat(300) + "</ATTRIBUTE>".repeat(300) + "</DEXi>";
        assertError(deep, null, "nested more than");
    }

    @Test
    void scaleErrorsNameTheAttribute() {
        assertError(file(""), "Y", "has no SCALE");
        assertError(file("<SCALE/>"), "Y", "SCALE has no SCALEVALUE");
        assertError(file("<SCALE><ORDER>UP</ORDER><SCALEVALUE><NAME>a</NAME></SCALEVALUE></SCALE>"), "Y",
                "unknown ORDER \"UP\"");
        assertError(file("<SCALE><SCALEVALUE><NAME>a</NAME><GROUP>OK</GROUP></SCALEVALUE></SCALE>"), "Y",
                "unknown GROUP \"OK\"");
        assertError(file("<SCALE><SCALEVALUE><DESCRIPTION>d</DESCRIPTION></SCALEVALUE></SCALE>"), "Y",
                "SCALEVALUE has no NAME");
        assertError(file("<SCALE>" + "<SCALEVALUE><NAME>v</NAME></SCALEVALUE>".repeat(65) + "</SCALE>"), "Y",
                "at most 64");
        assertError(file("<SCALE><CONTINUOUS><LOW>zero</LOW></CONTINUOUS></SCALE>"), "Y", "not a number");
        assertError(file("<SCALE><CONTINUOUS/><SCALEVALUE><NAME>a</NAME></SCALEVALUE></SCALE>"), "Y",
                "both CONTINUOUS and SCALEVALUE");
    }

    @Test
    void functionErrorsNameTheAttributeAndLine() {
        DexiFormatException e = assertError(table("<FUNCTION><LOW>00001101</LOW></FUNCTION>"), "Y",
                "LOW has 8 rules, expected 9 (3×3 input values)");
        assertEquals(5, e.line());
        assertError(table("<FUNCTION><LOW>000011013</LOW></FUNCTION>"), "Y", "'3' at rule 9, outside the 3 values");
        assertError(table("<FUNCTION><LOW>00001101/</LOW></FUNCTION>"), "Y", "'/' at rule 9");
        assertError(table("<FUNCTION><LOW>000011012</LOW><HIGH>0000</HIGH></FUNCTION>"), "Y",
                "HIGH has 4 rules, expected 9");
        assertError(table("<FUNCTION><LOW>000011012</LOW><HIGH>000011002</HIGH></FUNCTION>"), "Y",
                "rule 8 has HIGH 0 below LOW 1");
        assertError(table("<FUNCTION><LOW>000011012</LOW><ENTERED>++++x++++</ENTERED></FUNCTION>"), "Y",
                "ENTERED has 'x'");
        assertError(table("<FUNCTION><LOW>000011012</LOW><ENTERED>++</ENTERED></FUNCTION>"), "Y",
                "ENTERED has 2 rules");
        assertError(table("<FUNCTION/>"), "Y", "FUNCTION has no LOW");
        assertError(table("<FUNCTION><LOW>000011012</LOW></FUNCTION><TABLE/>"), "Y", "more than one of");
        assertError(file(THREE + "<FUNCTION><LOW>0</LOW></FUNCTION>"), "Y", "has a FUNCTION but no input");
        assertError(file(CONTINUOUS + "<FUNCTION><LOW>012</LOW></FUNCTION>" + basic("A")), "Y",
                "only basic attributes may be continuous");
        assertError(file(THREE + "<FUNCTION><LOW>0</LOW></FUNCTION><ATTRIBUTE><NAME>N</NAME>" + CONTINUOUS
                + "</ATTRIBUTE>"), "Y", "input \"N\" is continuous and needs a DISCRETIZE");
    }

    @Test
    void tableErrorsNameTheAttribute() {
        assertError(table("<TABLE><RULE Args=\"0\">0</RULE></TABLE>"), "Y", "gives 1 values for 2 inputs");
        assertError(table("<TABLE><RULE Args=\"0;3\">0</RULE></TABLE>"), "Y", "\"3\" is not a value of input 2");
        assertError(table("<TABLE><RULE Args=\"0;x\">0</RULE></TABLE>"), "Y", "\"x\" is not a value of input 2");
        assertError(table("<TABLE><RULE Args=\"0;1\">0</RULE><RULE Args=\"0;1\">1</RULE></TABLE>"), "Y",
                "two rules for Args=\"0;1\"");
        assertError(table("<TABLE>" + "<RULE>0</RULE>".repeat(10) + "</TABLE>"), "Y", "more than the 9 rules");
        assertError(table("<TABLE><RULE Args=\"0;0\">5</RULE></TABLE>"), "Y", "RULE \"5\" has 5, outside the 3");
        assertError(table("<TABLE><RULE Args=\"0;0\">low</RULE></TABLE>"), "Y", "\"low\" is not an ordinal");
        assertError(table("<TABLE><RULE Args=\"0;0\" Entered=\"perhaps\">0</RULE></TABLE>"), "Y",
                "Entered is \"perhaps\"");
    }

    @Test
    void discretisationErrorsNameTheAttribute() {
        String n = "<ATTRIBUTE><NAME>N</NAME>" + CONTINUOUS + "</ATTRIBUTE>";
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE><VALUE>1</VALUE></DISCRETIZE>" + n), "Y",
                "2 VALUEs and 0 BOUNDs");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE><BOUND Associate=\"Sideways\">1</BOUND>"
                + "<VALUE>1</VALUE></DISCRETIZE>" + n), "Y", "Associate=\"Sideways\"");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE><BOUND>one</BOUND><VALUE>1</VALUE></DISCRETIZE>"
                + n), "Y", "BOUND \"one\" is not a number");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE><BOUND>2</BOUND><VALUE>1</VALUE><BOUND>1</BOUND>"
                + "<VALUE>2</VALUE></DISCRETIZE>" + n), "Y", "bounds must ascend");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE><BOUND>1</BOUND><VALUE>7</VALUE></DISCRETIZE>" + n),
                "Y", "VALUE \"7\" has 7");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE></DISCRETIZE>" + basic("A")), "Y",
                "DISCRETIZE needs exactly one continuous input");
    }

    @Test
    void storedValueErrorsNameTheAttributeAndLine() {
        String withA = THREE + "<FUNCTION><LOW>012</LOW></FUNCTION>\n<ATTRIBUTE><NAME>A</NAME>" + THREE;
        DexiFormatException e = assertError(file(withA + "\n<OPTION>3</OPTION></ATTRIBUTE>"), "A",
                "OPTION \"3\" has '3', outside the 3 values");
        assertEquals(7, e.line());
        assertError(file(withA + "<ALTERNATIVE>1;2</ALTERNATIVE></ATTRIBUTE>"), "A", "\"1;2\" is not an ordinal");
        assertError(file(withA + "<ALTERNATIVE>&lt;0;0.3;0.7&gt;</ALTERNATIVE></ATTRIBUTE>"), "A",
                "is a value distribution");
        assertError(file(withA + "<ALTERNATIVE>1.5</ALTERNATIVE></ATTRIBUTE>"), "A",
                "is a number, but the scale is discrete");
        assertError(file(withA + "<ALTERNATIVE>2:1</ALTERNATIVE></ATTRIBUTE>"), "A", "low end is above");
        assertError(file(withA + "<ALTERNATIVE>{}</ALTERNATIVE></ATTRIBUTE>"), "A", "empty set");
        assertError(file(withA + "<ALTERNATIVE>{0;9}</ALTERNATIVE></ATTRIBUTE>"), "A", "has 9, outside");
        assertError(file(withA + "<OPTION>0</OPTION><OPTION>1</OPTION><OPTION>2</OPTION></ATTRIBUTE>"), "A",
                "stores 3 values, but the file names 2 alternatives");
        assertError(file(THREE + "<DISCRETIZE><VALUE>0</VALUE></DISCRETIZE><ATTRIBUTE><NAME>N</NAME>" + CONTINUOUS
                + "<ALTERNATIVE>two</ALTERNATIVE></ATTRIBUTE>"), "N", "\"two\" is not a number");
    }

    @Test
    void anUnknownSettingValueIsRefused() {
        assertError("<DEXi><SETTINGS><LINKING>Maybe</LINKING></SETTINGS><ATTRIBUTE><NAME>A</NAME>" + THREE
                + "</ATTRIBUTE></DEXi>", null, "LINKING is \"Maybe\"");
    }
}
