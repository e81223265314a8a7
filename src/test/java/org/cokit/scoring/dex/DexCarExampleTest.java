package org.cokit.scoring.dex;

import static org.cokit.scoring.dex.DexTestModels.singles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example of the DEX specification (domain/dex.md §6): the Car model, its tables and two cars. */
class DexCarExampleTest {

    private static DexModel car;
    private static DexEvaluator evaluator;

    @BeforeAll
    static void readCar() {
        car = DexTestModels.fixture("Car.dxi").model();
        evaluator = new DexEvaluator(car);
    }

    private static String labels(DexEvaluation evaluation, String id) {
        DexScale scale = car.attribute(id).scale();
        StringBuilder text = new StringBuilder();
        for (int ordinal : evaluation.value(id).ordinals()) {
            text.append(text.isEmpty() ? "" : ",").append(scale.label(ordinal));
        }
        return text.toString();
    }

    @Test
    void theModelHasTheSpecifiedStructure() {
        assertEquals(List.of("CAR", "PRICE", "BUY.PRICE", "MAINT.PRICE", "TECH.CHAR.", "COMFORT", "#PERS",
                "#DOORS", "LUGGAGE", "SAFETY"), car.attributes().stream().map(DexAttribute::id).toList());
        assertEquals(List.of("BUY.PRICE", "MAINT.PRICE", "#PERS", "#DOORS", "LUGGAGE", "SAFETY"),
                car.inputs().stream().map(DexAttribute::id).toList());
        assertEquals(DexScale.Group.BAD, car.attribute("CAR").scale().group(0));
        assertEquals(DexScale.Group.GOOD, car.attribute("CAR").scale().group(3));
        assertEquals("excellent car", car.attribute("CAR").scale().values().get(3).description());
        assertEquals("Quality of a car", car.attribute("CAR").description());
    }

    @Test
    void theCarTableDecodesAsInTheSpecification() {
        DexFunction table = (DexFunction) car.attribute("CAR").aggregation();
        DexScale output = car.attribute("CAR").scale();
        String[][] expected = {
            {"unacc", "unacc", "unacc", "unacc"},
            {"unacc", "acc", "good", "exc"},
            {"unacc", "good", "exc", "exc"},
        };
        for (int price = 0; price < 3; price++) {
            for (int tech = 0; tech < 4; tech++) {
                assertEquals(expected[price][tech], output.label(table.lookup(price, tech).ordinal()),
                        "PRICE " + price + ", TECH.CHAR. " + tech);
            }
        }
    }

    @Test
    void theRuleIndexHasTheFirstInputMostSignificant() {
        DexFunction carTable = (DexFunction) car.attribute("CAR").aggregation();
        assertEquals(11, carTable.index(2, 3));
        assertEquals(3, carTable.rule(11).ordinal());
        DexFunction comfort = (DexFunction) car.attribute("COMFORT").aggregation();
        String low = lowString("COMFORT");
        assertEquals(36, comfort.ruleCount());
        for (int pers = 0; pers < 3; pers++) {
            for (int doors = 0; doors < 4; doors++) {
                for (int luggage = 0; luggage < 3; luggage++) {
                    int index = (pers * 4 + doors) * 3 + luggage;
                    assertEquals(index, comfort.index(pers, doors, luggage));
                    assertEquals(low.charAt(index) - '0', comfort.lookup(pers, doors, luggage).ordinal());
                }
            }
        }
    }

    /** The LOW string as written in the file, read here independently of the reader. */
    private static String lowString(String attribute) {
        Matcher m = Pattern.compile("<NAME>" + Pattern.quote(attribute) + "</NAME>.*?<LOW>(\\d+)</LOW>",
                Pattern.DOTALL).matcher(DexTestModels.fixtureText("Car.dxi"));
        return m.find() ? m.group(1) : "";
    }

    @Test
    void car1IsExcellent() {
        DexEvaluation car1 = evaluator.evaluate(singles("BUY.PRICE", 1, "MAINT.PRICE", 2, "#PERS", 2, "#DOORS", 2,
                "LUGGAGE", 2, "SAFETY", 2));
        assertEquals("low", labels(car1, "PRICE"));
        assertEquals("high", labels(car1, "COMFORT"));
        assertEquals("exc", labels(car1, "TECH.CHAR."));
        assertEquals("exc", labels(car1, "CAR"));
        assertEquals(DexValue.single(3), car1.root());
    }

    @Test
    void car2IsGood() {
        DexEvaluation car2 = evaluator.evaluate(singles("BUY.PRICE", 1, "MAINT.PRICE", 1, "#PERS", 2, "#DOORS", 2,
                "LUGGAGE", 2, "SAFETY", 1));
        assertEquals("medium", labels(car2, "PRICE"));
        assertEquals("high", labels(car2, "COMFORT"));
        assertEquals("good", labels(car2, "TECH.CHAR."));
        assertEquals("good", labels(car2, "CAR"));
    }

    @Test
    void aSetValuedInputGivesASetAtTheRoot() {
        Map<String, DexValue> car2 = singles("BUY.PRICE", 1, "MAINT.PRICE", 1, "#PERS", 2, "#DOORS", 2,
                "LUGGAGE", 2);
        car2.put("SAFETY", DexValue.interval(1, 2));
        DexEvaluation evaluation = evaluator.evaluate(car2);
        assertEquals("good,exc", labels(evaluation, "TECH.CHAR."));
        assertEquals(DexValue.interval(2, 3), evaluation.root());

        car2.put("SAFETY", DexValue.any());
        evaluation = evaluator.evaluate(car2);
        assertEquals("bad,good,exc", labels(evaluation, "TECH.CHAR."));
        assertEquals(DexValue.set(0, 2, 3), evaluation.root());
        assertEquals("{0;2;3}", evaluation.root().toString());
    }

    @Test
    void aMissingInputIsTheFullRange() {
        Map<String, DexValue> car1 = singles("MAINT.PRICE", 2, "#PERS", 2, "#DOORS", 2, "LUGGAGE", 2, "SAFETY", 2);
        DexEvaluation evaluation = evaluator.evaluate(car1);
        assertEquals(DexValue.interval(0, 2), evaluation.value("BUY.PRICE"));
        assertEquals("high,low", labels(evaluation, "PRICE"));
        assertEquals("unacc,exc", labels(evaluation, "CAR"));

        car1.put("BUY.PRICE", DexValue.any());
        assertEquals(evaluation.values(), evaluator.evaluate(car1).values());
        assertEquals(DexValue.interval(0, 3), evaluator.evaluate(Map.of()).root());
    }
}
