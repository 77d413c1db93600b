package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRowSink {
    @Test
    void rowsAreCsvWithPlainNumbersAndQuotingOnlyWhereNeeded() throws IOException {
        RowSink sink = new RowSink(new DateText(2020, 2026), 8);
        sink.header(List.of("a", "b"));
        sink.integer(2025).text("Lincoln, Jr. \"Abe\" School").text("Café").empty().bool(true).end();
        sink.decimal(3.3, 1).decimal(0.5, 1).decimal(5.875, 2).decimal(4.0, 1).decimal(-0.25, 2).decimal(1e-9, 6).end();
        sink.date((int) LocalDate.of(2024, 2, 29).toEpochDay()).dateOrEmpty(StudentLife.NONE).integer(-12).integer(0)
                .raw(Codes.grade(-1)).raw(Codes.grade(0)).raw(Codes.grade(12)).end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sink.writeTo(Channels.newChannel(out));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                a,b
                2025,"Lincoln, Jr. ""Abe"" School",Café,,true
                3.3,0.5,5.88,4,-0.25,0
                2024-02-29,,-12,0,PK,KG,12
                """);
        assertThat(sink.rows()).isEqualTo(3);
        sink.clear();
        assertThat(sink.size()).isZero();
    }
}
