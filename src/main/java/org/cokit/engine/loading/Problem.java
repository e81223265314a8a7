package org.cokit.engine.loading;

/**
 * One thing wrong (or, for a missing translation, worth knowing) in a definition file, at a line of it (0 when it
 * concerns the file as a whole). Prints as {@code questionnaires/coserve.yaml:42: question 'many-users': ...}.
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
