package org.cokit.scoring.loading;

import static org.cokit.engine.loading.ElementPlace.idOf;
import static org.cokit.engine.loading.ElementPlace.isIndex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cokit.engine.loading.ElementPlace;

/**
 * Names the part of a rule-set file that a JSON pointer falls in: {@code node 'users'}, {@code input 'many-users'},
 * {@code scale 'three'}, {@code band 'weak'}, {@code recommendation #2, action 'secure-mandate'}, or the rule set.
 */
final class RuleSetElementNames {

    private RuleSetElementNames() {
    }

    static ElementPlace of(JsonNode root, String pointer) {
        List<String> tokens = ElementPlace.tokens(pointer);
        String element = "rule set" + idOf(root, -1);
        int used = 0;
        JsonNode node = root;
        if (tokens.size() >= 2) {
            String section = tokens.get(0);
            String key = tokens.get(1);
            switch (section) {
                case "nodes", "inputs", "scales" -> {
                    element = section.substring(0, section.length() - 1) + " '" + key + "'";
                    node = node.path(section).path(key);
                    used = 2;
                }
                case "labels" -> {
                    element = "labels of '" + key + "'";
                    node = node.path(section).path(key);
                    used = 2;
                }
                case "bands" -> {
                    if (isIndex(key)) {
                        node = node.path(section).path(Integer.parseInt(key));
                        element = "band" + idOf(node, Integer.parseInt(key));
                        used = 2;
                    }
                }
                case "recommendations" -> {
                    if (isIndex(key)) {
                        int index = Integer.parseInt(key);
                        node = node.path(section).path(index);
                        element = "recommendation #" + (index + 1);
                        used = 2;
                        if (tokens.size() >= 4 && tokens.get(2).equals("actions") && isIndex(tokens.get(3))) {
                            index = Integer.parseInt(tokens.get(3));
                            node = node.path("actions").path(index);
                            element = element + ", action" + idOf(node, index);
                            used = 4;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new ElementPlace(element, ElementPlace.fieldPath(node, tokens.subList(used, tokens.size())));
    }
}
