package org.cokit.engine.loading;

import java.util.List;
import java.util.stream.Collectors;

/** Definition files that cannot be used; carries every problem found, and prints one line per problem. */
public class DefinitionException extends RuntimeException {

    private final transient List<Problem> problems;

    public DefinitionException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DefinitionException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
