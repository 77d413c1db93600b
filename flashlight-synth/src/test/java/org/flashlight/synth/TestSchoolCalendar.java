package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestSchoolCalendar {
    @Test
    void aYearHas180WeekdaysFromAugustToJune() {
        for (int variant = 0; variant < 3; variant++) {
            SchoolCalendar c = SchoolCalendar.of(2025, variant, 180);
            assertThat(c.length()).isEqualTo(180);
            LocalDate first = LocalDate.ofEpochDay(c.firstDay());
            LocalDate last = LocalDate.ofEpochDay(c.lastDay());
            assertThat(first.getYear()).isEqualTo(2024);
            assertThat(first.getMonthValue()).isIn(8, 9);
            assertThat(last.getYear()).isEqualTo(2025);
            assertThat(last.getMonthValue()).isIn(5, 6);
            for (int i = 0; i < c.length(); i++) {
                LocalDate d = LocalDate.ofEpochDay(c.day(i));
                assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(d).isNotEqualTo(LocalDate.of(2025, 1, 1)).isNotEqualTo(LocalDate.of(2024, 11, 28));
                if (i > 0) {
                    assertThat(c.day(i)).isGreaterThan(c.day(i - 1));
                }
            }
        }
    }

    @Test
    void indexLookupsFindTheNearestInstructionalDay() {
        SchoolCalendar c = SchoolCalendar.of(2025, 0, 180);
        int saturday = (int) LocalDate.of(2024, 10, 5).toEpochDay();
        int after = c.indexOnOrAfter(saturday);
        int before = c.indexOnOrBefore(saturday);
        assertThat(LocalDate.ofEpochDay(c.day(after))).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(LocalDate.ofEpochDay(c.day(before))).isEqualTo(LocalDate.of(2024, 10, 4));
        assertThat(after - before).isEqualTo(1);
        assertThat(c.indexOnOrAfter(10, 1)).isEqualTo(c.indexOnOrAfter((int) LocalDate.of(2024, 10, 1).toEpochDay()));
    }
}
