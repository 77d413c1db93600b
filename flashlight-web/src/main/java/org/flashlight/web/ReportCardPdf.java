package org.flashlight.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.flashlight.web.view.ReportCardPage;

/**
 * A school's report card as a PDF, made on the server with PDFBox from the same {@link ReportCardPage} the
 * page shows (public values only): the school, framework and year, the rating (and the score where the
 * framework publishes it), the designations with their public reason, and every measure's table of groups as
 * on the page. Plain and readable: Helvetica from the Standard 14 fonts, so nothing is embedded or fetched.
 */
public final class ReportCardPdf {
    private static final PDRectangle PAPER = PDRectangle.LETTER;
    private static final float MARGIN = 54;
    private static final float BODY = 10;
    /** The measures table: group, value, students, level or points. */
    private static final float[] COLUMNS = {0, 190, 300, 370};

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream text;
    private float y;

    private ReportCardPdf(PDDocument document) {
        this.document = document;
    }

    /** The PDF's bytes; the same page gives the same bytes (no dates or random ids are written). */
    public static byte[] of(ReportCardPage page) {
        try (PDDocument document = new PDDocument()) {
            ReportCardPdf pdf = new ReportCardPdf(document);
            pdf.write(page);
            pdf.close();
            document.getDocumentInformation().setTitle(page.schoolName() + " report card " + page.year());
            // PDFBox would stamp the file's id from the clock; an id from the URL keeps the bytes reproducible
            COSString id = new COSString(sha256(page.schoolId() + "/" + page.frameworkId() + "/" + page.year()));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + page.schoolId(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private void write(ReportCardPage page) throws IOException {
        newPage();
        line(bold, 18, page.schoolName(), 0);
        paragraph(regular, BODY, String.join(" - ", List.of(page.districtName(), page.grades()).stream()
                .filter(s -> !s.isEmpty()).toList()));
        paragraph(regular, BODY, "Framework: " + page.frameworkName() + " (" + page.frameworkId() + ")   School year: "
                + page.year());
        gap();
        line(bold, 13, "Summary", 0);
        paragraph(regular, BODY, "Rating: " + (page.rating().isEmpty() ? "No rating this year" : page.rating()));
        if (!page.score().isEmpty()) {
            paragraph(regular, BODY, "Summative score: " + page.score());
        }
        if (page.designations().isEmpty()) {
            paragraph(regular, BODY, "Designations: none this year");
        }
        for (ReportCardPage.DesignationView d : page.designations()) {
            gap();
            paragraph(bold, BODY, d.title());
            if (!d.meaning().isEmpty()) {
                paragraph(regular, BODY, d.meaning());
            }
            paragraph(regular, BODY, "Why this school: " + d.reason());
            if (!d.exit().isEmpty()) {
                paragraph(regular, BODY, "What it takes to exit: " + d.exit());
            }
        }
        gap();
        line(bold, 13, "Every measure, for all students and each group", 0);
        paragraph(regular, 9, "Groups below " + page.minNPublic() + " students, or whose result could be worked out"
                + " from others, are hidden.");
        for (ReportCardPage.MeasureView m : page.measures()) {
            gap();
            paragraph(bold, 11, m.label() + (m.direction().isEmpty() ? "" : " (" + m.direction() + ")"));
            row(bold, List.of("Student group", "Value", "Students", "Level or points"));
            for (ReportCardPage.GroupValue g : m.groups()) {
                row(regular, List.of(g.group(), g.display(), g.students(), g.scored()));
            }
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PAPER);
        document.addPage(page);
        text = new PDPageContentStream(document, page);
        y = PAPER.getHeight() - MARGIN;
    }

    private void close() throws IOException {
        if (text != null) {
            text.close();
            text = null;
        }
    }

    private void gap() {
        y -= BODY * 0.6f;
    }

    /** One line of text at {@code x} from the left margin, on a new page when this one is full. */
    private void line(PDType1Font font, float size, String words, float x) throws IOException {
        advance(size);
        show(font, size, words, x);
    }

    private void advance(float size) throws IOException {
        if (y - size * 1.3f < MARGIN) {
            newPage();
        }
        y -= size * 1.3f;
    }

    private void show(PDType1Font font, float size, String words, float x) throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(MARGIN + x, y);
        text.showText(encodable(font, words));
        text.endText();
    }

    /** Text wrapped at word boundaries to the width of the page. */
    private void paragraph(PDType1Font font, float size, String words) throws IOException {
        for (String l : wrap(font, size, encodable(font, words), PAPER.getWidth() - 2 * MARGIN)) {
            line(font, size, l, 0);
        }
    }

    /** A table row: each field wrapped within its column; the row as tall as its tallest field. */
    private void row(PDType1Font font, List<String> fields) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < fields.size(); i++) {
            float right = i + 1 < COLUMNS.length ? COLUMNS[i + 1] : PAPER.getWidth() - 2 * MARGIN;
            List<String> wrapped = wrap(font, BODY, encodable(font, fields.get(i)), right - COLUMNS[i] - 6);
            cells.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        for (int l = 0; l < height; l++) {
            advance(BODY);
            for (int i = 0; i < cells.size(); i++) {
                if (l < cells.get(i).size()) {
                    show(font, BODY, cells.get(i).get(l), COLUMNS[i]);
                }
            }
        }
    }

    static List<String> wrap(PDType1Font font, float size, String words, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /**
     * The text in the font's WinAnsi encoding: the Standard 14 fonts have no glyph for some characters the
     * page uses ("≥ 95%"), which are spelled out in ASCII instead.
     */
    static String encodable(PDType1Font font, String words) {
        StringBuilder out = new StringBuilder();
        words.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(switch (c) {
                    case '≥' -> ">=";
                    case '≤' -> "<=";
                    case '≠' -> "!=";
                    case '−' -> "-";
                    default -> "?";
                });
            }
        });
        return out.toString();
    }
}
