package org.flashlight.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CSV rows of one file rendered into a growable byte buffer: UTF-8, comma separated, LF line
 * endings, RFC 4180 quoting where a text value needs it, numbers written plainly (no exponent).
 * Each field method writes the separator itself, so a row is a chain of field calls and
 * {@link #end()}. Not thread-safe: one sink per file per chunk.
 */
final class RowSink {
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final DateText dates;
    private byte[] buffer;
    private int size;
    private boolean rowStart = true;
    private long rows;

    RowSink(DateText dates, int initialCapacity) {
        this.dates = dates;
        this.buffer = new byte[Math.max(64, initialCapacity)];
    }

    long rows() {
        return rows;
    }

    /** Empties the sink, keeping its buffer for the next chunk. */
    void clear() {
        size = 0;
        rows = 0;
        rowStart = true;
    }

    int size() {
        return size;
    }

    void writeTo(WritableByteChannel out) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, size);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }

    private void separator() {
        ensure(32);
        if (rowStart) {
            rowStart = false;
        } else {
            buffer[size++] = ',';
        }
    }

    /** An empty (missing) value. */
    RowSink empty() {
        separator();
        return this;
    }

    /** Text; quoted when it contains a comma, a quote or a line break. */
    RowSink text(String value) {
        separator();
        boolean quote = false;
        boolean ascii = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
            }
            if (c >= 0x80) {
                ascii = false;
            }
        }
        if (!quote && ascii) {
            ensure(value.length());
            for (int i = 0; i < value.length(); i++) {
                buffer[size++] = (byte) value.charAt(i);
            }
            return this;
        }
        String escaped = quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        byte[] bytes = escaped.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Bytes known to need no quoting (codes, ids, precomputed labels). */
    RowSink raw(byte[] value) {
        separator();
        ensure(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    RowSink integer(long value) {
        separator();
        if (value < 0) {
            buffer[size++] = '-';
            value = -value;
        }
        digits(value);
        return this;
    }

    /** A decimal rounded to at most {@code decimals} places (0..6), trailing zeros dropped. */
    RowSink decimal(double value, int decimals) {
        long scaled = StrictMath.round(Math.abs(value) * POWERS[decimals]);
        separator();
        if (value < 0 && scaled != 0) {
            buffer[size++] = '-';
        }
        digits(scaled / POWERS[decimals]);
        long fraction = scaled % POWERS[decimals];
        if (fraction != 0) {
            int places = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            ensure(places + 1);
            buffer[size++] = '.';
            for (int i = size + places - 1; i >= size; i--) {
                buffer[i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            size += places;
        }
        return this;
    }

    private void digits(long value) {
        if (value < 10) {
            buffer[size++] = (byte) ('0' + value);
            return;
        }
        int count = 0;
        for (long v = value; v > 0; v /= 10) {
            count++;
        }
        ensure(count);
        for (int i = size + count - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += count;
    }

    RowSink bool(boolean value) {
        return raw(value ? TRUE : FALSE);
    }

    RowSink date(int epochDay) {
        separator();
        dates.write(epochDay, buffer, size);
        size += 10;
        return this;
    }

    /** A date, or empty when {@code epochDay} is {@link Integer#MIN_VALUE}. */
    RowSink dateOrEmpty(int epochDay) {
        return epochDay == Integer.MIN_VALUE ? empty() : date(epochDay);
    }

    void end() {
        ensure(1);
        buffer[size++] = '\n';
        rowStart = true;
        rows++;
    }

    /** Writes a header row from column names. */
    void header(Iterable<String> names) {
        for (String name : names) {
            text(name);
        }
        end();
        rows--;
    }
}
