package org.flashlight.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a CSV file of the bundle with FastCSV: UTF-8 (a byte-order mark is skipped), CRLF or LF,
 * RFC 4180 quoting. Malformed UTF-8 or quoting stops the file with an {@link UnreadableFileException}.
 */
public final class CsvRecordSource implements RecordSource {
    private final CountingInputStream counter;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> rows;
    private final List<String> header;
    private CsvRecord current;

    public CsvRecordSource(Path file) throws IOException {
        this.counter = new CountingInputStream(Files.newInputStream(file));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new InputStreamReader(counter, decoder));
        this.rows = reader.iterator();
        try {
            this.header = rows.hasNext() ? withoutByteOrderMark(rows.next().getFields()) : List.of();
        } catch (CsvParseException | java.io.UncheckedIOException e) {
            close();
            throw new UnreadableFileException("cannot read the header: " + rootMessage(e), 1, e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws IOException {
        try {
            if (!rows.hasNext()) {
                return false;
            }
            current = rows.next();
            return true;
        } catch (CsvParseException | java.io.UncheckedIOException e) {
            long line = current == null ? 2 : current.getStartingLineNumber() + 1;
            throw new UnreadableFileException("cannot read past this point: " + rootMessage(e), line, e);
        }
    }

    @Override
    public List<String> fields() {
        return current.getFields();
    }

    @Override
    public long line() {
        return current.getStartingLineNumber();
    }

    @Override
    public long bytesRead() {
        return counter.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static List<String> withoutByteOrderMark(List<String> header) {
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            List<String> copy = new java.util.ArrayList<>(header);
            copy.set(0, copy.get(0).substring(1));
            return List.copyOf(copy);
        }
        return header;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof java.nio.charset.CharacterCodingException) {
            return "the file is not valid UTF-8";
        }
        return m == null ? t.getClass().getSimpleName() : m;
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
