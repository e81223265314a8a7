package org.cokit.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.cokit.engine.definition.QuestionType;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX file of three sheets, written as it goes (fastexcel): "Answers" (one row per submission, flushed every
 * {@value #FLUSH_EVERY} rows), "Codebook" and "Result". Free text is written inline, so the shared-strings table
 * kept until the end holds only the few repeated codes; number answers become numeric cells.
 */
final class AnswersWorkbook {

    static final int FLUSH_EVERY = 100;

    private final OutputStream out;
    private final AnswerColumns columns;

    AnswersWorkbook(OutputStream out, AnswerColumns columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Writes the sheets; {@code rows} hands each answer line to the consumer it is given, in order. */
    void write(Consumer<Consumer<List<String>>> rows, List<List<String>> codebook, List<List<Object>> result) {
        try {
            Workbook workbook = new Workbook(out, "CoKit", "1.0");
            Worksheet answers = workbook.newWorksheet("Answers");
            header(answers, columns.header());
            answers.freezePane(1, 1);
            int[] row = {1};
            rows.accept(line -> {
                answerRow(answers, row[0], line);
                if (row[0]++ % FLUSH_EVERY == 0) {
                    flush(answers);
                }
            });
            answers.finish();
            Worksheet sheet = workbook.newWorksheet("Codebook");
            for (int r = 0; r < codebook.size(); r++) {
                if (r == 0) {
                    header(sheet, codebook.get(0));
                    continue;
                }
                List<String> line = codebook.get(r);
                for (int c = 0; c < line.size(); c++) {
                    sheet.inlineString(r, c, line.get(c));
                }
            }
            sheet.finish();
            Worksheet results = workbook.newWorksheet("Result");
            for (int r = 0; r < result.size(); r++) {
                List<Object> line = result.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof Number number) {
                        results.value(r, c, number);
                    } else {
                        results.inlineString(r, c, String.valueOf(value));
                    }
                }
            }
            results.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answerRow(Worksheet sheet, int r, List<String> line) {
        List<AnswerColumns.Column> defs = columns.columns();
        for (int c = 0; c < line.size(); c++) {
            String value = line.get(c);
            if (value.isEmpty()) {
                continue;
            }
            AnswerColumns.Column column = defs.get(c);
            QuestionType type = column.question() == null ? null : column.question().type();
            if (type == QuestionType.NUMBER && !column.comment() && isNumber(value)) {
                sheet.value(r, c, new BigDecimal(value));
            } else if (column.comment() || type == null || type.isText()) {
                sheet.inlineString(r, c, value);
            } else {
                sheet.value(r, c, value);
            }
        }
    }

    private static void header(Worksheet sheet, List<String> names) {
        for (int c = 0; c < names.size(); c++) {
            sheet.value(0, c, names.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
