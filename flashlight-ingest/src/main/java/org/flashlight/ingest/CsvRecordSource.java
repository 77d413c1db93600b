package org.flashlight.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
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
        this.reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                // a quote that never closes must stop the file, not swallow the rest of it into one field
                .allowUnclosedQuote(false)
                .ofCsvRecord(new StrictUtf8Reader(counter));
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
            throw new UnreadableFileException("cannot read past this point: " + rootMessage(e), lineAfterCurrent(), e);
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

    /** The line after the current record: a quoted field may hold line breaks, so a record may span lines. */
    private long lineAfterCurrent() {
        if (current == null) {
            return 2;
        }
        long line = current.getStartingLineNumber();
        for (String field : current.getFields()) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                    line++;
                }
            }
        }
        return line + 1;
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

    /**
     * Decodes UTF-8 strictly, and, unlike {@link java.io.InputStreamReader}, first hands out every
     * character before a malformed byte and only then fails: the rows before the bad byte are read
     * and the failure is reported at the line that holds it, not at the start of the decoded chunk.
     */
    private static final class StrictUtf8Reader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
        private boolean endOfInput;
        private boolean done;
        private CharacterCodingException failure;

        StrictUtf8Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (failure != null) {
                throw failure;
            }
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset && failure == null && !done) {
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                if (result.isError()) {
                    failure = new MalformedInputException(result.length());
                } else if (result.isUnderflow()) {
                    if (endOfInput) {
                        decoder.flush(out);
                        done = true;
                    } else {
                        fill();
                    }
                }
            }
            int n = out.position() - offset;
            if (n == 0) {
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
            return n;
        }

        private void fill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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
