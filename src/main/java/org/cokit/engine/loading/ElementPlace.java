package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in a definition file a problem is, in the words messages to content authors use: the element
 * ({@code question 'many-users'}, {@code node 'users'}) and the field path inside it ({@code text.en}).
 */
public record ElementPlace(String element, String field) {

    /** {@code field 'text.en'}, or {@code fallback} when the pointer is the element itself. */
    public String fieldOr(String fallback) {
        return field.isEmpty() ? fallback : "field '" + field + "'";
    }

    /** The reference tokens of a JSON pointer, unescaped. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** The field path of {@code tokens} below {@code node}: names joined by dots, list positions as {@code [1]}. */
    public static String fieldPath(JsonNode node, List<String> tokens) {
        StringBuilder field = new StringBuilder();
        for (String token : tokens) {
            if (node.isArray() && isIndex(token)) {
                field.append('[').append(Integer.parseInt(token) + 1).append(']');
                node = node.path(Integer.parseInt(token));
            } else {
                field.append(field.isEmpty() ? "" : ".").append(token);
                node = node.path(token);
            }
        }
        return field.toString();
    }

    /** {@code 'id'} when the element has a usable id, else its position counted from 1 ({@code #3}). */
    public static String idOf(JsonNode node, int index) {
        JsonNode id = node.path("id");
        if (id.isTextual() && !id.asText().isBlank()) {
            return " '" + id.asText() + "'";
        }
        return index < 0 ? "" : " #" + (index + 1);
    }

    public static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() < 9;
    }
}
