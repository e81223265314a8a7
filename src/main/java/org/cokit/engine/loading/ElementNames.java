package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the part of a questionnaire file that a JSON pointer falls in, the way messages to content authors do:
 * {@code question 'many-users'} and the field inside it ({@code text.en}), so nobody has to read pointers.
 */
final class ElementNames {

    private ElementNames() {
    }

    /** The element ({@code questionnaire 'coserve'}, {@code section 'users'}, ...) and the field path inside it. */
    record Place(String element, String field) {

        /** {@code field 'text.en'}, or {@code fallback} when the pointer is the element itself. */
        String fieldOr(String fallback) {
            return field.isEmpty() ? fallback : "field '" + field + "'";
        }
    }

    static Place of(JsonNode root, String pointer) {
        List<String> tokens = tokens(pointer);
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
        StringBuilder field = new StringBuilder();
        for (String token : tokens.subList(used, tokens.size())) {
            if (node.isArray() && isIndex(token)) {
                field.append('[').append(Integer.parseInt(token) + 1).append(']');
                node = node.path(Integer.parseInt(token));
            } else {
                field.append(field.isEmpty() ? "" : ".").append(token);
                node = node.path(token);
            }
        }
        return new Place(element, field.toString());
    }

    /** {@code 'id'} when the element has a usable id, else its position counted from 1 ({@code #3}). */
    private static String idOf(JsonNode node, int index) {
        JsonNode id = node.path("id");
        if (id.isTextual() && !id.asText().isBlank()) {
            return " '" + id.asText() + "'";
        }
        return index < 0 ? "" : " #" + (index + 1);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() < 9;
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
