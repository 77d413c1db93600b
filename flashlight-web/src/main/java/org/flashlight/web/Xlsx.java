package org.flashlight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link Table} as an Excel workbook of one sheet. Every cell is text, exactly the CSV's field: a value is
 * written as the page shows it ("12.5%", "hidden", "&gt;= 95%"), so a spreadsheet never turns a coded or hidden
 * cell into a number, and a field that starts with "=" stays text, never a formula.
 */
public final class Xlsx {
    /** The application name fastexcel writes into the workbook's properties. */
    private static final String APPLICATION = "Flashlight";

    private Xlsx() {
    }

    public static byte[] of(String sheetName, Table table) {
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
        return reproducible(bytes.toByteArray());
    }

    /** The fixed time of every zip entry (the earliest a zip can say). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * The workbook with the clock taken out: fastexcel stamps each zip entry and the document's "created" property
     * with the current time; here every entry gets one fixed time and the property is dropped (it is optional),
     * so the same table gives the same bytes.
     */
    static byte[] reproducible(byte[] workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path file = null;
        try {
            // read through the central directory: opczip's local headers leave the sizes to it
            file = Files.createTempFile("flashlight-", ".xlsx");
            Files.write(file, workbook);
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream entryIn = in.getInputStream(entry)) {
                        content = entryIn.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = new String(content, StandardCharsets.UTF_8)
                                .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(ENTRY_TIME);
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        return out.toByteArray();
    }

    /** Excel's rule for a sheet's name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }
}
