package org.cokit.scoring.dex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test data for DEX: the DEXi fixtures and small hand-built models. */
final class DexTestModels {

    static final List<String> FIXTURES = List.of("Car.dxi", "Employee2.dxi", "OneLevelContinuousNew.dxi");

    private DexTestModels() {
    }

    static DexiDocument fixture(String name) {
        try (InputStream in = DexTestModels.class.getResourceAsStream("/dexi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return DexiReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixtureText(String name) {
        try (InputStream in = DexTestModels.class.getResourceAsStream("/dexi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ordinals by attribute id, for short inputs in tests. */
    static Map<String, DexValue> singles(Object... idsAndOrdinals) {
        Map<String, DexValue> values = new LinkedHashMap<>();
        for (int i = 0; i < idsAndOrdinals.length; i += 2) {
            values.put((String) idsAndOrdinals[i], DexValue.single((Integer) idsAndOrdinals[i + 1]));
        }
        return values;
    }

    /** A model of one aggregate {@code Y} over basic inputs {@code A}, {@code B}, ... with the given table. */
    static DexModel oneTable(DexScale output, List<DexScale> inputScales, List<DexValue> rules) {
        List<DexAttribute> inputs = new ArrayList<>();
        for (int i = 0; i < inputScales.size(); i++) {
            String id = String.valueOf((char) ('A' + i));
            inputs.add(DexAttribute.basic(id, id, inputScales.get(i)));
        }
        DexFunction table = new DexFunction(inputScales.stream().map(DexScale::size).toList(), output.size(), rules,
                null);
        return new DexModel("test", "", List.of(DexAttribute.aggregate("Y", "Y", output, table, inputs)));
    }
}
