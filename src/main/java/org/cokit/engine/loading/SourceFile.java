package org.cokit.engine.loading;

/** The text of one definition file and the name messages give it, e.g. {@code questionnaires/coserve.yaml}. */
public record SourceFile(String name, String content) {

    /** The file's own name without folders, e.g. {@code coserve.yaml}. */
    public String fileName() {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
