package org.flashlight.synth;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * ISO dates ({@code yyyy-MM-dd}) as bytes, precomputed for the years a bundle can mention, so
 * rendering a date is an array copy. Also the month of each day. Immutable.
 */
final class DateText {
    private final int firstDay;
    private final byte[] text;
    private final byte[] months;

    DateText(int firstYear, int lastYear) {
        this.firstDay = (int) LocalDate.of(firstYear, 1, 1).toEpochDay();
        int lastDay = (int) LocalDate.of(lastYear, 12, 31).toEpochDay();
        int count = lastDay - firstDay + 1;
        this.text = new byte[count * 10];
        this.months = new byte[count];
        for (int i = 0; i < count; i++) {
            LocalDate d = LocalDate.ofEpochDay(firstDay + i);
            byte[] iso = d.toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(iso, 0, text, i * 10, 10);
            months[i] = (byte) d.getMonthValue();
        }
    }

    /** Writes the date into {@code target} at {@code offset} (10 bytes). */
    void write(int epochDay, byte[] target, int offset) {
        int i = epochDay - firstDay;
        if (i < 0 || i >= months.length) {
            byte[] iso = LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(iso, 0, target, offset, 10);
            return;
        }
        System.arraycopy(text, i * 10, target, offset, 10);
    }

    int month(int epochDay) {
        int i = epochDay - firstDay;
        return i < 0 || i >= months.length ? LocalDate.ofEpochDay(epochDay).getMonthValue() : months[i];
    }
}
