package org.cokit.scoring.dex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decision alternative stored in a .dxi file: its name and the values DEXi stored for its attributes, by id. */
public record DexAlternative(String name, Map<String, DexValue> values) {

    public DexAlternative {
        name = name == null ? "" : name;
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The stored values of the model's inputs, ready for {@link DexEvaluator#evaluate}. */
    public Map<String, DexValue> inputs(DexModel model) {
        Map<String, DexValue> inputs = new LinkedHashMap<>();
        for (DexAttribute input : model.inputs()) {
            DexValue value = values.get(input.id());
            if (value != null) {
                inputs.put(input.id(), value);
            }
        }
        return inputs;
    }
}
