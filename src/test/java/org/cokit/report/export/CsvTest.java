package org.cokit.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells: quoted where RFC 4180 needs it, never read as a formula by a spreadsheet; a BOM leads the file. */
class CsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("Parking permits", Csv.cell("Parking permits"));
        assertEquals("\"Waste, bulky\"", Csv.cell("Waste, bulky"));
        assertEquals("\"Say \"\"hi\"\"\"", Csv.cell("Say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("'=HYPERLINK(1)", Csv.cell("=HYPERLINK(1)"));
        assertEquals("\"'+1,2\"", Csv.cell("+1,2"));
        assertEquals("'-2", Csv.cell("-2"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\tTab", Csv.cell("\tTab"));
        assertEquals("\"'\rCR\"", Csv.cell("\rCR"));
        assertEquals("a=b", Csv.cell("a=b"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aFileStartsWithAByteOrderMarkAndEndsLinesWithCrLf() {
        byte[] bytes = Csv.bytes(List.of(List.of("č", "ž"), List.of("1", "")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertEquals("\uFEFFč,ž\r\n1,\r\n", new String(bytes, StandardCharsets.UTF_8));
    }
}
