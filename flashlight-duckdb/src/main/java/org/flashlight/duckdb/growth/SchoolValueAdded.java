package org.flashlight.duckdb.growth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.growth.SchoolEffect;
import org.flashlight.core.growth.ValueAdded;
import org.flashlight.core.growth.ValueAddedStudent;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * CORE-style school value-added growth (growth.md) into the table {@code school_value_added(school_year,
 * subject, school_id, students, effect, standard_error, percentile, base_year)}, for ela and math.
 *
 * <p>Per school year, subject, test and grade: the current score regressed on the same student's scores of
 * the year before (one grade lower, same test) in the same subject and in the other one (ela for math, math
 * for ela), the demographic indicators econ_disadv (frl or direct_certified, as R-15 fixes for the groups
 * that every framework shares), el, swd and race (six indicators, white the reference), and school fixed
 * effects ({@link ValueAdded#fixedEffects}). Scores are standardized within the regression (mean 0, sd 1),
 * so an effect is in student standard deviations of the current grade's score, comparable across grades.
 * A school's grades are pooled weighted by students ({@link SchoolEffect#pool}); the pooled effects of a
 * year and subject are shrunk ({@link ValueAdded#shrink}) and placed as a 0-100 percentile among the shrunk
 * effects of the base year: the earliest school year with estimates for the subject.
 *
 * <p>Who counts: every student with the three scores (growth_scores: R-7's row, regular assessments), at
 * the school of the current score. Full-academic-year attribution is not applied (a documented choice).
 */
public final class SchoolValueAdded {
    public static final String TABLE = "school_value_added";
    static final List<String> SUBJECTS = List.of("ela", "math");
    private static final List<StudentGroup> RACE_INDICATORS = StudentGroup.RACES.stream()
            .filter(r -> !r.id().equals("white")).toList();

    private SchoolValueAdded() {
    }

    /**
     * Computes {@code school_value_added}, and {@code value_added_students(school_year, subject, school_id,
     * student_id)}, the students behind each estimate; returns the schools' rows written.
     */
    public static long compute(BundleDatabase db, GrowthSettings settings) {
        db.execute(GrowthScores.create(settings.assessment()));
        Map<YearSubject, List<SchoolEffect>> pooledByYearSubject = new TreeMap<>();
        List<CountedStudent> counted = new ArrayList<>();
        for (Map.Entry<Regression, List<Student>> e : regressions(db).entrySet()) {
            List<ValueAddedStudent> students = standardized(e.getValue());
            long schools = students.stream().map(ValueAddedStudent::schoolId).distinct().count();
            if (students.size() - schools - covariateCount() < 1) {
                continue; // too few students to estimate an error variance: no effects for this grade
            }
            YearSubject key = new YearSubject(e.getKey().schoolYear(), e.getKey().subject());
            pooledByYearSubject.computeIfAbsent(key, k -> new ArrayList<>()).addAll(ValueAdded.fixedEffects(students));
            for (Student s : e.getValue()) {
                counted.add(new CountedStudent(key, s.schoolId(), s.studentId()));
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, double[]> baseEffects = new LinkedHashMap<>();
        Map<String, Integer> baseYears = new LinkedHashMap<>();
        for (Map.Entry<YearSubject, List<SchoolEffect>> e : pooledByYearSubject.entrySet()) {
            int year = e.getKey().schoolYear();
            String subject = e.getKey().subject();
            List<SchoolEffect> shrunk = ValueAdded.shrink(poolGrades(e.getValue()));
            // sorted by year first: the first year seen of a subject is its base year
            baseEffects.putIfAbsent(subject, shrunk.stream().mapToDouble(SchoolEffect::effect).toArray());
            baseYears.putIfAbsent(subject, year);
            for (SchoolEffect s : shrunk) {
                rows.add(new Row(year, subject, s, ValueAdded.percentile(s.effect(), baseEffects.get(subject)),
                        baseYears.get(subject)));
            }
        }
        write(db, rows);
        writeStudents(db, counted);
        return rows.size();
    }

    /** Each school's grade effects pooled into one, schools sorted by id. */
    private static List<SchoolEffect> poolGrades(List<SchoolEffect> gradeEffects) {
        Map<String, List<SchoolEffect>> bySchool = new TreeMap<>();
        gradeEffects.forEach(e -> bySchool.computeIfAbsent(e.schoolId(), k -> new ArrayList<>()).add(e));
        return bySchool.values().stream().map(SchoolEffect::pool).toList();
    }

    static int covariateCount() {
        return 2 + 3 + RACE_INDICATORS.size();
    }

    /** The regression's students with the three scores standardized over the regression. */
    private static List<ValueAddedStudent> standardized(List<Student> students) {
        double[][] scores = new double[3][students.size()];
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            scores[0][i] = s.current();
            scores[1][i] = s.priorSame();
            scores[2][i] = s.priorOther();
        }
        for (double[] column : scores) {
            standardize(column);
        }
        List<ValueAddedStudent> result = new ArrayList<>(students.size());
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            double[] covariates = new double[covariateCount()];
            covariates[0] = scores[1][i];
            covariates[1] = scores[2][i];
            covariates[2] = s.econDisadvantaged() ? 1 : 0;
            covariates[3] = s.englishLearner() ? 1 : 0;
            covariates[4] = s.disability() ? 1 : 0;
            for (int r = 0; r < RACE_INDICATORS.size(); r++) {
                covariates[5 + r] = RACE_INDICATORS.get(r).id().equals(s.race()) ? 1 : 0;
            }
            result.add(new ValueAddedStudent(s.schoolId(), scores[0][i], covariates));
        }
        return result;
    }

    private static void standardize(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = sd == 0 ? 0 : (values[i] - mean) / sd;
        }
    }

    private static Map<Regression, List<Student>> regressions(BundleDatabase db) {
        String subjects = String.join(", ", SUBJECTS.stream().map(s -> "'" + s + "'").toList());
        String sql = """
                SELECT c.school_year, c.subject, c.test, c.grade, c.school_id, c.student_id, c.scale_score, p.scale_score,
                       o.scale_score, coalesce(st.frl, false) OR coalesce(st.direct_certified, false),
                       coalesce(st.el_status = 'el', false), coalesce(st.swd, false), st.race_ethnicity
                FROM growth_scores c
                JOIN growth_scores p ON p.student_id = c.student_id AND p.subject = c.subject AND p.test = c.test
                     AND p.school_year = c.school_year - 1 AND p.grade = c.grade - 1
                JOIN growth_scores o ON o.student_id = c.student_id AND o.test = c.test
                     AND o.subject = CASE c.subject WHEN 'ela' THEN 'math' ELSE 'ela' END
                     AND o.school_year = c.school_year - 1 AND o.grade = c.grade - 1
                LEFT JOIN students st ON st.school_year = c.school_year AND st.student_id = c.student_id
                WHERE c.subject IN (%s)
                ORDER BY c.school_year, c.subject, c.test, c.grade, c.student_id""".formatted(subjects);
        Map<Regression, List<Student>> regressions = new LinkedHashMap<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Regression r = new Regression(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                regressions.computeIfAbsent(r, k -> new ArrayList<>()).add(new Student(rs.getString(5),
                        rs.getString(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getBoolean(10),
                        rs.getBoolean(11), rs.getBoolean(12), rs.getString(13)));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return regressions;
    }

    private static void write(BundleDatabase db, List<Row> rows) {
        db.execute("CREATE OR REPLACE TABLE " + TABLE + " (school_year INTEGER, subject VARCHAR, school_id VARCHAR, "
                + "students INTEGER, effect DOUBLE, standard_error DOUBLE, percentile DOUBLE, base_year INTEGER)");
        try (DuckDBAppender appender = ((DuckDBConnection) db.connection()).createAppender(
                DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (Row r : rows) {
                appender.beginRow();
                appender.append(r.schoolYear());
                appender.append(r.subject());
                appender.append(r.effect().schoolId());
                appender.append(r.effect().students());
                appender.append(r.effect().effect());
                appender.append(r.effect().standardError());
                appender.append(r.percentile());
                appender.append(r.baseYear());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    private static void writeStudents(BundleDatabase db, List<CountedStudent> students) {
        db.execute("CREATE OR REPLACE TABLE value_added_students (school_year INTEGER, subject VARCHAR, "
                + "school_id VARCHAR, student_id VARCHAR)");
        try (DuckDBAppender appender = ((DuckDBConnection) db.connection()).createAppender(
                DuckDBConnection.DEFAULT_SCHEMA, "value_added_students")) {
            for (CountedStudent s : students) {
                appender.beginRow();
                appender.append(s.yearSubject().schoolYear());
                appender.append(s.yearSubject().subject());
                appender.append(s.schoolId());
                appender.append(s.studentId());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** One regression: a school year, subject, test and current grade. */
    private record Regression(int schoolYear, String subject, String test, int grade) {
    }

    private record YearSubject(int schoolYear, String subject) implements Comparable<YearSubject> {
        @Override
        public int compareTo(YearSubject other) {
            int byYear = Integer.compare(schoolYear, other.schoolYear);
            return byYear != 0 ? byYear : subject.compareTo(other.subject);
        }
    }

    private record Student(String schoolId, String studentId, double current, double priorSame, double priorOther,
            boolean econDisadvantaged, boolean englishLearner, boolean disability, String race) {
    }

    /** A student behind a school's estimate of a year and subject. */
    private record CountedStudent(YearSubject yearSubject, String schoolId, String studentId) {
    }

    private record Row(int schoolYear, String subject, SchoolEffect effect, double percentile, int baseYear) {
    }
}
