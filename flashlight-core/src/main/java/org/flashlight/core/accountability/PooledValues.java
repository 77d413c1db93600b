package org.flashlight.core.accountability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.scoring.YearPooling;

/**
 * STAR-7: a school's values pooled over the recent years with year weights ({@link YearPooling}): pooled
 * value = sum(w x numerator) / sum(w x denominator) ("average using the student populations"). Medians
 * and changes have no numerator: their value x denominator stands in for it (a student-weighted mean of
 * the years' values; a choice, documented in docs/frameworks.md). {@code students} is the plain sum of the
 * years' units, so min n applies to the plain sum (a group below min n in one year can count in the pool).
 * A school without a value in the designation year is not pooled; a value present in that year only is
 * kept digit for digit (pooling one year gives that year's value).
 */
public final class PooledValues {
    private PooledValues() {
    }

    /** The values of {@code year} pooled with the years before it that the pooling's window holds. */
    public static List<SchoolValue> pool(List<SchoolValue> values, int year, YearPooling pooling) {
        Map<String, List<SchoolValue>> byKey = new LinkedHashMap<>();
        for (SchoolValue v : values) {
            int age = year - v.schoolYear();
            if (age >= 0 && age < pooling.weights().size()) {
                byKey.computeIfAbsent(v.schoolId() + "|" + v.frameworkLevel() + "|" + v.metric() + "|" + v.group(),
                        k -> new ArrayList<>()).add(v);
            }
        }
        List<SchoolValue> pooled = new ArrayList<>();
        for (List<SchoolValue> years : byKey.values()) {
            if (years.stream().noneMatch(v -> v.schoolYear() == year)) {
                continue;
            }
            if (years.size() == 1) {
                pooled.add(years.get(0));
                continue;
            }
            boolean rate = years.stream().allMatch(v -> v.numerator() != null);
            List<YearPooling.YearCounts> counts = years.stream().map(v -> new YearPooling.YearCounts(v.schoolYear(),
                    rate ? v.numerator() : v.value().multiply(v.denominator()), v.denominator())).toList();
            long students = years.stream().mapToLong(SchoolValue::students).sum();
            SchoolValue first = years.get(0);
            pooling.pool(year, counts).ifPresent(p -> pooled.add(new SchoolValue(year, first.schoolId(),
                    first.frameworkLevel(), first.metric(), first.group(), rate ? p.weightedNumerator() : null,
                    p.weightedDenominator(), students, p.value(), first.minNApplies())));
        }
        return pooled;
    }
}
