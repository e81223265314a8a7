package org.cokit.engine.loading;

import static org.cokit.engine.loading.ElementPlace.idOf;
import static org.cokit.engine.loading.ElementPlace.isIndex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Names the part of a questionnaire file that a JSON pointer falls in, the way messages to content authors do:
 * {@code question 'many-users'} and the field inside it ({@code text.en}), so nobody has to read pointers.
 */
final class ElementNames {

    private ElementNames() {
    }

    /** The element ({@code questionnaire 'coserve'}, {@code section 'users'}, ...) and the field path inside it. */
    static ElementPlace of(JsonNode root, String pointer) {
        List<String> tokens = ElementPlace.tokens(pointer);
        String element = "questionnaire" + idOf(root, -1);
        int used = 0;
        JsonNode node = root;
        if (tokens.size() >= 2 && tokens.get(0).equals("sections") && isIndex(tokens.get(1))) {
            int index = Integer.parseInt(tokens.get(1));
            node = node.path("sections").path(index);
            element = "section" + idOf(node, index);
            used = 2;
            if (tokens.size() >= 4 && tokens.get(2).equals("questions") && isIndex(tokens.get(3))) {
                index = Integer.parseInt(tokens.get(3));
                node = node.path("questions").path(index);
                element = "question" + idOf(node, index);
                used = 4;
                if (tokens.size() >= 6 && tokens.get(4).equals("options") && isIndex(tokens.get(5))) {
                    index = Integer.parseInt(tokens.get(5));
                    node = node.path("options").path(index);
                    element = element + ", option" + idOf(node, index);
                    used = 6;
                }
            }
        }
        return new ElementPlace(element, ElementPlace.fieldPath(node, tokens.subList(used, tokens.size())));
    }
}
