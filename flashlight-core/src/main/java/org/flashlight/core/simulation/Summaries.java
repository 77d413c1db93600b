package org.flashlight.core.simulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * FW-4's summary tables: per year, the whole state, then each district, school type and poverty quartile
 * (quartiles of schools by their share of econ_disadv students, {@code PovertyQuartiles}), keys in
 * ascending order. Means are exact (34 significant digits) over the schools a side scores.
 */
final class Summaries {
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private Summaries() {
    }

    static List<SummaryRow> of(List<SchoolComparison> comparisons) {
        Map<Integer, List<SchoolComparison>> byYear = new TreeMap<>();
        comparisons.forEach(c -> byYear.computeIfAbsent(c.schoolYear(), y -> new ArrayList<>()).add(c));
        List<SummaryRow> rows = new ArrayList<>();
        byYear.forEach((year, ofYear) -> {
            rows.addAll(rows(year, "state", ofYear, c -> "all"));
            rows.addAll(rows(year, "district", ofYear, c -> c.profile().districtId()));
            rows.addAll(rows(year, "school_type", ofYear, c -> c.profile().schoolType()));
            rows.addAll(rows(year, "poverty_quartile", ofYear,
                    c -> c.povertyQuartile() == null ? "unknown" : c.povertyQuartile().toString()));
        });
        return rows;
    }

    private static List<SummaryRow> rows(int year, String dimension, List<SchoolComparison> comparisons,
            Function<SchoolComparison, String> keyOf) {
        Map<String, List<SchoolComparison>> groups = new TreeMap<>(Comparator.naturalOrder());
        comparisons.forEach(c -> groups.computeIfAbsent(keyOf.apply(c), k -> new ArrayList<>()).add(c));
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((key, members) -> {
            List<BigDecimal> scoresA = members.stream().map(SchoolComparison::scoreA).flatMap(Optional::stream)
                    .toList();
            List<BigDecimal> scoresB = members.stream().map(SchoolComparison::scoreB).flatMap(Optional::stream)
                    .toList();
            rows.add(new SummaryRow(year, dimension, key, members.size(), scoresA.size(), mean(scoresA),
                    scoresB.size(), mean(scoresB), count(members, RatingChange.UP), count(members, RatingChange.DOWN),
                    count(members, RatingChange.GAINED) + count(members, RatingChange.LOST),
                    (int) members.stream().filter(SchoolComparison::changed).count(),
                    members.stream().mapToInt(c -> c.gained().size()).sum(),
                    members.stream().mapToInt(c -> c.lost().size()).sum()));
        });
        return rows;
    }

    private static int count(List<SchoolComparison> members, RatingChange change) {
        return (int) members.stream().filter(c -> c.rating() == change).count();
    }

    private static BigDecimal mean(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), EXACT);
    }
}
