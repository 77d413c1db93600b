package org.flashlight.duckdb.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.Schema;

/**
 * What the metric tests share: a bundle database with every contract table created empty (the tests then
 * insert their hand-made rows with SQL), and lookups of one row the engine wrote to metric_results.
 */
final class MetricFixture {
    private MetricFixture() {
    }

    /** An in-memory database holding every contract table, empty. */
    static BundleDatabase emptyBundle() {
        BundleDatabase db = BundleDatabase.inMemory();
        createSchema(db);
        return db;
    }

    /** Creates every contract table, empty, in {@code db} (for a file database). */
    static void createSchema(BundleDatabase db) {
        for (Table t : BundleContract.TABLES) {
            db.execute(Schema.createTable(t));
        }
    }

    /** The result row of a metric for one entity and group, in whichever school year it has (fixtures of one year). */
    static Optional<MetricResult> result(BundleDatabase db, String metric, String level, String entity, String group) {
        return MetricResults.read(db).stream()
                .filter(r -> r.metric().equals(metric) && r.level().equals(level) && r.entityId().equals(entity)
                        && r.studentGroup().equals(group))
                .findFirst();
    }

    /** The result row of a metric for one school year, entity and group. */
    static Optional<MetricResult> result(BundleDatabase db, String metric, int year, String level, String entity,
            String group) {
        return MetricResults.read(db).stream()
                .filter(r -> r.metric().equals(metric) && r.schoolYear() == year && r.level().equals(level)
                        && r.entityId().equals(entity) && r.studentGroup().equals(group))
                .findFirst();
    }

    /**
     * Numerator, denominator and students of a count metric as whole numbers, compared with
     * {@link #counts(long, long, long)}. A fractional sum fails the test (ArithmeticException) rather than
     * being rounded.
     */
    static Optional<List<Long>> counts(BundleDatabase db, String metric, String level, String entity, String group) {
        return result(db, metric, level, entity, group)
                .map(r -> counts(whole(numerator(r)), whole(r.denominator()), r.students()));
    }

    static List<Long> counts(long numerator, long denominator, long students) {
        return List.of(numerator, denominator, students);
    }

    static List<Object> counts(String numerator, String denominator, long students) {
        return List.of(numerator, denominator, students);
    }

    /**
     * Numerator, denominator and students where the numerator may be a decimal (a sum of scores), the two
     * sums written as plain decimals without trailing zeros; compared with {@link #counts(String, String, long)}.
     */
    static Optional<List<Object>> decimalCounts(BundleDatabase db, String metric, String level, String entity,
            String group) {
        return result(db, metric, level, entity, group)
                .map(r -> counts(plain(numerator(r)), plain(r.denominator()), r.students()));
    }

    /** Numerator and denominator as plain decimals without trailing zeros ("4910", "-94", "17.75"). */
    static Optional<List<String>> fraction(BundleDatabase db, String metric, String level, String entity,
            String group) {
        return result(db, metric, level, entity, group).map(MetricFixture::fraction);
    }

    /** Numerator and denominator in one school year, as plain decimals without trailing zeros. */
    static Optional<List<String>> fraction(BundleDatabase db, String metric, int year, String level, String entity,
            String group) {
        return result(db, metric, year, level, entity, group).map(MetricFixture::fraction);
    }

    private static List<String> fraction(MetricResult r) {
        return List.of(plain(numerator(r)), plain(r.denominator()));
    }

    /**
     * The numerator, which is null for medians and changes (metrics.md R-5): those metrics are checked on
     * their value, so asking for their numerator is a mistake in the test, reported as such.
     */
    private static BigDecimal numerator(MetricResult r) {
        if (r.numerator() == null) {
            throw new AssertionError(r.metric() + " has no numerator (a median or a change, R-5): assert on value()");
        }
        return r.numerator();
    }

    private static long whole(BigDecimal value) {
        return value.longValueExact();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
