package org.cokit.scoring.dex;

/**
 * A .dxi file that cannot be read: not well-formed XML, or a model that does not hold together. The message names
 * the attribute and the line where the reader found the problem, when it knows them.
 */
public class DexiFormatException extends RuntimeException {

    private final String attribute;
    private final int line;
    private final String problem;

    public DexiFormatException(String attribute, int line, String problem) {
        super(format(attribute, line, problem));
        this.attribute = attribute;
        this.line = line;
        this.problem = problem;
    }

    private static String format(String attribute, int line, String problem) {
        String where = attribute == null ? "" : "attribute \"" + attribute + "\"";
        if (line > 0) {
            where = where.isEmpty() ? "line " + line : where + " (line " + line + ")";
        }
        return where.isEmpty() ? problem : where + ": " + problem;
    }

    /** The name of the attribute concerned, or null when the problem is not about one attribute. */
    public String attribute() {
        return attribute;
    }

    /** The line in the file, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The problem alone, without where it is. */
    public String problem() {
        return problem;
    }
}
