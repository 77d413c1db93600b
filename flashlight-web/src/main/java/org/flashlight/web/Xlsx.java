package org.flashlight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link Table} as an Excel workbook of one sheet. Every cell is text, exactly the CSV's field: a value is
 * written as the page shows it ("12.5%", "hidden", "&gt;= 95%"), so a spreadsheet never turns a coded or hidden
 * cell into a number, and a field that starts with "=" stays text, never a formula.
 */
final class Xlsx {
    /** The application name fastexcel writes into the workbook's properties. */
    private static final String APPLICATION = "Flashlight";

    private Xlsx() {
    }

    static byte[] of(String sheetName, Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, APPLICATION, "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
            List<List<String>> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            if (!rows.isEmpty()) {
                sheet.freezePane(0, 1); // the header row stays in view
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /** Excel's rule for a sheet's name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
