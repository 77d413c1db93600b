package org.flashlight.duckdb.growth;

import java.util.Collection;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.metric.Population;
import org.flashlight.duckdb.BundleDatabase;

/**
 * The growth tables the growth populations read, computed when a metric needs them and they are not in
 * the database yet: {@code student_growth} for {@link Population#FAY_GROWTH}, {@code school_value_added}
 * and {@code value_added_students} for {@link Population#VALUE_ADDED_STUDENTS}. A caller with its own
 * growth settings (the {@code growth} command's flags) computes them first; otherwise growth.md's defaults
 * apply with the framework's tests and grades.
 */
public final class GrowthTables {
    private GrowthTables() {
    }

    public static void ensure(BundleDatabase db, Collection<Population> populations, GrowthSettings settings,
            TestCatalog tests) {
        if (populations.contains(Population.FAY_GROWTH) && !StudentGrowth.exists(db)) {
            StudentGrowth.compute(db, settings, tests, GrowthProgress.NONE);
        }
        if (populations.contains(Population.VALUE_ADDED_STUDENTS) && !exists(db, SchoolValueAdded.TABLE)) {
            SchoolValueAdded.compute(db, settings);
        }
    }

    static boolean exists(BundleDatabase db, String table) {
        return db.queryLong("SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + table + "'") > 0;
    }
}
