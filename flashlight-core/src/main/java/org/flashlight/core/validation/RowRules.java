package org.flashlight.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.ColumnType;
import org.flashlight.core.bundle.Grades;
import org.flashlight.core.bundle.Table;

/**
 * The row rules of each contract table (input-data.md, "What bad input gets"): ranges, order of
 * dates, counts that cannot exceed each other, and assessment scores against the test definitions.
 * Key and cross-file rules are checked after loading, over whole tables.
 */
public final class RowRules {
    private RowRules() {
    }

    /** The rules of {@code table}; {@code catalog} holds the tests in force for this bundle. */
    public static List<RowRule> forTable(Table table, TestCatalog catalog) {
        List<RowRule> rules = new ArrayList<>();
        switch (table.name()) {
            case "tests" -> rules.add(testDefinition(table));
            case "schools" -> rules.add(notAfter(table, "grade_low", "grade_high", "is above grade_high"));
            case "enrollments" -> {
                rules.add(atLeast(table, "days_enrolled", 0));
                rules.add(atLeast(table, "days_present", 0));
                rules.add(notAfter(table, "days_present", "days_enrolled", "is greater than days_enrolled"));
                rules.add(notBefore(table, "exit_date", "entry_date", "is before entry_date"));
            }
            case "assessments" -> rules.add(assessmentScore(table, catalog));
            case "discipline" -> rules.add(decimalBetween(table, "days", BigDecimal.ZERO, null));
            case "course_grades" -> {
                rules.add(decimalBetween(table, "grade_points", BigDecimal.ZERO, BigDecimal.valueOf(5)));
                rules.add(decimalBetween(table, "credits_attempted", BigDecimal.ZERO, null));
                rules.add(decimalBetween(table, "credits_earned", BigDecimal.ZERO, null));
            }
            case "graduation_cohorts" -> rules.add(
                    notBefore(table, "outcome_year", "cohort_year", "is before cohort_year"));
            case "attendance_monthly" -> {
                rules.add(between(table, "month", 1, 12));
                rules.add(atLeast(table, "days_enrolled", 0));
                rules.add(atLeast(table, "days_present", 0));
                rules.add(notAfter(table, "days_present", "days_enrolled", "is greater than days_enrolled"));
            }
            case "surveys" -> rules.add(between(table, "response", 1, 5));
            case "class_observations" -> rules.add(
                    decimalBetween(table, "score", BigDecimal.ONE, BigDecimal.valueOf(7)));
            case "postsecondary" -> rules.add(persistedNeedsEnrollment(table));
            default -> {
                // students: every check is a type or code check
            }
        }
        return List.copyOf(rules);
    }

    /** Integer column at least {@code min}. */
    static RowRule atLeast(Table table, String column, int min) {
        int i = table.indexOf(column);
        return (row, problems) -> {
            if (row[i] != null && Integer.parseInt(row[i]) < min) {
                problems.add(new Problem(column, row[i], "must be at least " + min));
            }
        };
    }

    /** Integer column within {@code [min, max]}. */
    static RowRule between(Table table, String column, int min, int max) {
        int i = table.indexOf(column);
        return (row, problems) -> {
            if (row[i] != null) {
                int v = Integer.parseInt(row[i]);
                if (v < min || v > max) {
                    problems.add(new Problem(column, row[i], "must be between " + min + " and " + max));
                }
            }
        };
    }

    /** Decimal column within {@code [min, max]} ({@code max} null: no upper bound). */
    static RowRule decimalBetween(Table table, String column, BigDecimal min, BigDecimal max) {
        int i = table.indexOf(column);
        String range = max == null ? "at least " + min : "between " + min + " and " + max;
        return (row, problems) -> {
            if (row[i] != null) {
                BigDecimal v = new BigDecimal(row[i]);
                if (v.compareTo(min) < 0 || (max != null && v.compareTo(max) > 0)) {
                    problems.add(new Problem(column, row[i], "must be " + range));
                }
            }
        };
    }

    /** {@code column <= limit}; a violation names {@code column} and its value. */
    static RowRule notAfter(Table table, String column, String limit, String reason) {
        return compare(table, column, limit, reason, 1);
    }

    /** {@code column >= limit}; a violation names {@code column} and its value. */
    static RowRule notBefore(Table table, String column, String limit, String reason) {
        return compare(table, column, limit, reason, -1);
    }

    /**
     * Rejects when the sign of (column - limit) equals {@code forbiddenSign}. Both columns have the
     * same type, whose canonical forms compare correctly as numbers (ints, grades) or as ISO dates.
     */
    private static RowRule compare(Table table, String column, String limit, String reason, int forbiddenSign) {
        int a = table.indexOf(column);
        int b = table.indexOf(limit);
        ColumnType type = table.columns().get(a).type();
        boolean dates = type == ColumnType.DATE;
        return (row, problems) -> {
            if (row[a] == null || row[b] == null) {
                return;
            }
            int order = dates ? row[a].compareTo(row[b]) : Long.compare(Long.parseLong(row[a]), Long.parseLong(row[b]));
            if (Integer.signum(order) == forbiddenSign) {
                problems.add(new Problem(column, shown(type, row[a]), reason + " (" + limit + " " + shown(type, row[b]) + ")"));
            }
        };
    }

    /** A canonical value as the contract writes it: grades as PK, KG, 1..12 rather than the stored -1, 0. */
    private static String shown(ColumnType type, String canonical) {
        return type == ColumnType.GRADE ? Grades.label(Integer.parseInt(canonical)) : canonical;
    }

    private static RowRule assessmentScore(Table table, TestCatalog catalog) {
        int test = table.indexOf("test");
        int subject = table.indexOf("subject");
        int grade = table.indexOf("grade_tested");
        int score = table.indexOf("scale_score");
        int level = table.indexOf("performance_level");
        return (row, problems) -> {
            int g = Integer.parseInt(row[grade]);
            Optional<TestDefinition> found = catalog.find(row[test], row[subject], g);
            if (found.isEmpty()) {
                problems.add(new Problem("test", row[test], "no definition for test " + row[test] + ", subject "
                        + row[subject] + ", grade " + Grades.label(g) + ": add a row to tests.csv"));
                return;
            }
            TestDefinition definition = found.get();
            if (row[score] != null && !definition.inRange(new BigDecimal(row[score]))) {
                problems.add(new Problem("scale_score", row[score], "outside the valid range "
                        + definition.minScaleScore().toPlainString() + ".." + definition.maxScaleScore().toPlainString()
                        + " of " + row[test] + " " + row[subject] + " grade " + Grades.label(g)));
            }
            if (row[level] != null) {
                int l = Integer.parseInt(row[level]);
                if (definition.levels() == 0) {
                    problems.add(new Problem("performance_level", row[level],
                            row[test] + " reports no performance levels; leave it empty"));
                } else if (l < 1 || l > definition.levels()) {
                    problems.add(new Problem("performance_level", row[level],
                            "must be between 1 and " + definition.levels() + " for " + row[test]));
                }
            }
        };
    }

    private static RowRule testDefinition(Table table) {
        int min = table.indexOf("min_scale_score");
        int max = table.indexOf("max_scale_score");
        int levels = table.indexOf("levels");
        int proficient = table.indexOf("proficient_level");
        int firstCut = table.indexOf("cut_2");
        return (row, problems) -> {
            BigDecimal low = new BigDecimal(row[min]);
            BigDecimal high = new BigDecimal(row[max]);
            if (low.compareTo(high) > 0) {
                problems.add(new Problem("max_scale_score", row[max], "is below min_scale_score " + row[min]));
                return;
            }
            int n = row[levels] == null ? 0 : Integer.parseInt(row[levels]);
            if (n == 1 || n > 5 || n < 0) {
                problems.add(new Problem("levels", row[levels], "must be empty (no levels) or 2..5"));
                return;
            }
            BigDecimal previous = low;
            for (int k = 2; k <= 5; k++) {
                String cut = row[firstCut + k - 2];
                String column = "cut_" + k;
                if (k <= n && cut == null) {
                    problems.add(new Problem(column, "", "required: the test has " + n + " levels"));
                } else if (k > n && cut != null) {
                    problems.add(new Problem(column, cut, "the test has only " + n + " levels"));
                } else if (cut != null) {
                    BigDecimal c = new BigDecimal(cut);
                    if (c.compareTo(previous) <= 0 || c.compareTo(high) > 0) {
                        problems.add(new Problem(column, cut,
                                "cuts must ascend strictly and lie within min_scale_score..max_scale_score"));
                    }
                    previous = c;
                }
            }
            if (n > 0) {
                int p = row[proficient] == null ? 0 : Integer.parseInt(row[proficient]);
                if (p < 1 || p > n) {
                    problems.add(new Problem("proficient_level", row[proficient] == null ? "" : row[proficient],
                            "required: a level between 1 and " + n));
                }
            } else if (row[proficient] != null) {
                problems.add(new Problem("proficient_level", row[proficient], "the test has no levels: leave it empty"));
            }
        };
    }

    private static RowRule persistedNeedsEnrollment(Table table) {
        int enrolled = table.indexOf("enrolled_fall");
        int persisted = table.indexOf("persisted_second_year");
        return (row, problems) -> {
            if ("true".equals(row[persisted]) && "none".equals(row[enrolled])) {
                problems.add(new Problem("persisted_second_year", "true",
                        "a student who did not enroll (enrolled_fall none) cannot persist"));
            }
        };
    }

    /** The test definition a valid tests.csv row declares (the row must have passed the tests rules). */
    public static TestDefinition toTestDefinition(String[] row) {
        Table t = BundleContract.TESTS;
        int n = row[t.indexOf("levels")] == null ? 0 : Integer.parseInt(row[t.indexOf("levels")]);
        List<BigDecimal> cuts = new ArrayList<>();
        for (int k = 2; k <= n; k++) {
            cuts.add(new BigDecimal(row[t.indexOf("cut_" + k)]));
        }
        String proficient = row[t.indexOf("proficient_level")];
        return new TestDefinition(row[t.indexOf("test")], row[t.indexOf("subject")],
                Integer.parseInt(row[t.indexOf("grade")]), new BigDecimal(row[t.indexOf("min_scale_score")]),
                new BigDecimal(row[t.indexOf("max_scale_score")]), n,
                n == 0 || proficient == null ? 0 : Integer.parseInt(proficient), cuts, "bundle tests.csv");
    }
}
