package org.cokit.tools.coserve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted where needed, and never read as a formula by a spreadsheet. */
class RankingCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertEquals("Parking permits", RankingCsv.cell("Parking permits"));
        assertEquals("\"Waste, bulky\"", RankingCsv.cell("Waste, bulky"));
        assertEquals("\"Say \"\"hi\"\"\"", RankingCsv.cell("Say \"hi\""));
        assertEquals("'=HYPERLINK(1)", RankingCsv.cell("=HYPERLINK(1)"));
        assertEquals("\"'+1,2\"", RankingCsv.cell("+1,2"));
        assertEquals("", RankingCsv.cell(null));
    }
}
