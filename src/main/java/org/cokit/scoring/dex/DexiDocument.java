package org.cokit.scoring.dex;

import java.util.List;

/** What a .dxi file holds: the model and the alternatives stored with it. */
public record DexiDocument(DexModel model, List<DexAlternative> alternatives) {

    public DexiDocument {
        alternatives = List.copyOf(alternatives);
    }
}
