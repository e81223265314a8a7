package org.cokit.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CoKit's one CSV writer: UTF-8 with a byte-order mark (so Excel reads the characters right), RFC 4180 quoting,
 * CRLF line ends, and a cell that a spreadsheet would take for a formula prefixed with an apostrophe. Writes line
 * by line to its stream; nothing is held back but the writer's buffer.
 */
public final class Csv implements AutoCloseable {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char BOM = '\uFEFF';

    private final Writer out;

    private Csv(Writer out) {
        this.out = out;
    }

    /** A writer onto {@code stream} that has already written the byte-order mark. */
    public static Csv to(OutputStream stream) {
        Csv csv = new Csv(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        csv.write(String.valueOf(BOM));
        return csv;
    }

    /** The whole text of a small table, with the byte-order mark, e.g. for a response body. */
    public static byte[] bytes(List<? extends List<String>> lines) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Csv csv = to(bytes)) {
            lines.forEach(csv::line);
        }
        return bytes.toByteArray();
    }

    public Csv line(List<String> cells) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        write(text.append("\r\n").toString());
        return this;
    }

    /**
     * One cell: a value starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe (CSV
     * injection), then a value holding a comma, quote or line break is quoted with its quotes doubled.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; the underlying stream stays open (the server closes it). */
    @Override
    public void close() {
        flush();
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
