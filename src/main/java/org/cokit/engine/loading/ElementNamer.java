package org.cokit.engine.loading;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the element of a definition file that a JSON pointer falls in; one per kind of definition file. */
@FunctionalInterface
public interface ElementNamer {

    ElementPlace place(JsonNode root, String pointer);
}
