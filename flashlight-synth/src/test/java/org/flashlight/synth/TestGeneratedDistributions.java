package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distributions the generative model promises (docs/generator.md, "What the model guarantees"),
 * checked on a 20,000-student, 3-year state. Each bound is wide enough for sampling noise at this
 * size and narrow enough that a broken sub-model fails it.
 */
class TestGeneratedDistributions {
    private static GeneratedBundles.Generated bundle;
    private static BundleQueries db;

    @BeforeAll
    static void generate() throws SQLException {
        bundle = GeneratedBundles.standard();
        db = new BundleQueries(bundle.folder());
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void eachYearEnrollsAboutTheRequestedNumberOfStudents() {
        bundle.summary().studentsPerYear().values()
                .forEach(n -> assertThat((double) n).isCloseTo(GeneratedBundles.STANDARD.students(), within(2_000.0)));
    }

    @Test
    void stateChronicAbsenceRateIsBetween5And30Percent() throws SQLException {
        double rate = db.number("""
                WITH s AS (SELECT school_year, student_id, sum(days_enrolled::INT) e, sum(days_present::INT) p
                           FROM enrollments GROUP BY ALL HAVING sum(days_enrolled::INT) >= 31)
                SELECT avg((10 * p <= 9 * e)::INT) FROM s""");
        assertThat(rate).isBetween(0.05, 0.30);
    }

    @Test
    void alternativeSchoolsHaveMuchMoreChronicAbsence() throws SQLException {
        String byType = """
                WITH s AS (SELECT e.school_year, e.school_id, e.student_id, sum(days_enrolled::INT) en,
                                  sum(days_present::INT) pr
                           FROM enrollments e GROUP BY ALL HAVING sum(days_enrolled::INT) >= 31)
                SELECT avg((10 * pr <= 9 * en)::INT) FROM s JOIN schools USING (school_year, school_id)
                WHERE school_type %s 'alternative'""";
        assertThat(db.number(byType.formatted("="))).isGreaterThan(db.number(byType.formatted("<>")) + 0.25);
    }

    @Test
    void proficiencyIsRealisticWithAGapOfAtLeast15PointsByPoverty() throws SQLException {
        for (String subject : List.of("ela", "math")) {
            String rate = """
                    SELECT avg((performance_level::INT >= 3)::INT) FROM assessments a
                    JOIN students s USING (school_year, student_id)
                    WHERE a.test = 'sbac' AND a.subject = '%s' AND a.participation = 'tested' AND %s""";
            double all = db.number(rate.formatted(subject, "true"));
            double poor = db.number(rate.formatted(subject, "econ(s.frl, s.direct_certified)"));
            double notPoor = db.number(rate.formatted(subject, "NOT econ(s.frl, s.direct_certified)"));
            assertThat(all).as(subject + " proficiency").isBetween(0.30, 0.60);
            assertThat(notPoor - poor).as(subject + " gap by poverty").isGreaterThanOrEqualTo(0.15);
        }
    }

    @Test
    void participationIsAbout97Percent() throws SQLException {
        double tested = db.number("SELECT avg((participation = 'tested')::INT) FROM assessments WHERE test = 'sbac'");
        assertThat(tested).isBetween(0.94, 0.995);
        assertThat(db.strings("SELECT DISTINCT participation FROM assessments ORDER BY 1"))
                .containsExactly("absent", "medical", "not_tested_other", "refused", "tested");
    }

    @Test
    void cohortOutcomesAddUp() throws SQLException {
        assertThat(db.count("SELECT count(*) - count(DISTINCT student_id) FROM graduation_cohorts")).isZero();
        List<String> cohorts = db.strings("SELECT DISTINCT cohort_year FROM graduation_cohorts ORDER BY 1");
        // cohorts reported in the bundle: C + 3 <= last year and C + 5 >= first year
        assertThat(cohorts).containsExactly("2018", "2019", "2020", "2021", "2022");
        for (String cohort : cohorts) {
            String rate = """
                    SELECT sum((outcome = 'graduated' AND outcome_year::INT <= cohort_year::INT + %d)::INT)
                           / sum((outcome NOT IN ('transferred_out', 'emigrated', 'deceased'))::INT)
                    FROM graduation_cohorts WHERE cohort_year = '%s'""";
            double four = db.number(rate.formatted(3, cohort));
            double five = db.number(rate.formatted(4, cohort));
            double six = db.number(rate.formatted(5, cohort));
            assertThat(four).as("4-year rate of " + cohort).isBetween(0.75, 0.93).isLessThanOrEqualTo(five);
            assertThat(five).isLessThanOrEqualTo(six);
            long members = db.count("SELECT count(*) FROM graduation_cohorts WHERE cohort_year = '" + cohort + "'");
            long byOutcome = db.count("SELECT sum(n) FROM (SELECT count(*) n FROM graduation_cohorts WHERE cohort_year = '"
                    + cohort + "' GROUP BY outcome)");
            assertThat(byOutcome).isEqualTo(members);
        }
        // still enrolled only when the outcome is not known by the last bundle year
        assertThat(db.count("SELECT count(*) FROM graduation_cohorts WHERE outcome = 'still_enrolled' AND outcome_year <> '2025'"))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM graduation_cohorts WHERE outcome = 'still_enrolled' AND cohort_year::INT < 2020"))
                .isZero();
    }

    @Test
    void graduatesAndDropoutsLeaveWithTheMatchingExitCode() throws SQLException {
        String mismatches = """
                SELECT count(*) FROM graduation_cohorts g
                WHERE g.outcome = '%s' AND g.outcome_year::INT >= 2023
                  AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = g.student_id
                                  AND e.school_year = g.outcome_year AND e.exit_code = '%s')""";
        assertThat(db.count(mismatches.formatted("graduated", "graduated"))).isZero();
        assertThat(db.count(mismatches.formatted("dropout", "dropout"))).isZero();
        assertThat(db.count("SELECT count(*) FROM graduation_cohorts WHERE outcome = 'graduated'")).isPositive();
    }

    @Test
    void someStudentsChangeSchoolsDuringTheYearAndSomeStaysAreShort() throws SQLException {
        long movers = db.count("""
                SELECT count(*) FROM (SELECT school_year, student_id FROM enrollments GROUP BY ALL HAVING count(*) >= 2)""");
        long studentYears = db.count("SELECT count(*) FROM students");
        assertThat((double) movers / studentYears).isBetween(0.01, 0.10);
        assertThat(db.count("SELECT count(*) FROM enrollments WHERE exit_code = 'transfer_in_state'")).isPositive();
        assertThat(db.count("SELECT count(*) FROM enrollments WHERE days_enrolled::INT < 31")).isPositive();
        // a within-district move leaves no gap: the next entry is the day after the exit
        assertThat(db.count("""
                SELECT count(*) FROM enrollments a JOIN enrollments b USING (school_year, student_id)
                JOIN schools sa ON sa.school_year = a.school_year AND sa.school_id = a.school_id
                JOIN schools sb ON sb.school_year = b.school_year AND sb.school_id = b.school_id
                WHERE a.exit_code = 'transfer_in_state' AND sa.district_id = sb.district_id
                  AND b.entry_date::DATE = a.exit_date::DATE + 1""")).isPositive();
    }

    @Test
    void englishLearnersHaveConsistentDatesAndSomeAreLongTermEls() throws SQLException {
        double el = db.number("SELECT avg((el_status = 'el')::INT) FROM students");
        assertThat(el).isBetween(0.05, 0.20);
        assertThat(db.count("""
                SELECT count(*) FROM students WHERE el_status = 'el'
                AND el_entry_date::DATE <= make_date(school_year::INT - 5, 6, 30)""")).isPositive();
        assertThat(db.count("""
                SELECT count(*) FROM students WHERE el_status = 'rfep'
                AND reclassified_date::DATE BETWEEN make_date(school_year::INT - 1, 7, 1) AND make_date(school_year::INT, 6, 30)"""))
                .isPositive();
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT student_id FROM students GROUP BY ALL
                HAVING count(DISTINCT el_entry_date) > 1 OR count(DISTINCT reclassified_date) > 1)""")).isZero();
        assertThat(db.count("SELECT count(*) FROM students WHERE el_status IN ('el', 'rfep') AND el_entry_date IS NULL"))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM students WHERE el_status = 'rfep' AND reclassified_date IS NULL")).isZero();
        assertThat(db.count("""
                SELECT count(*) FROM students a JOIN students b USING (student_id)
                WHERE a.school_year::INT < b.school_year::INT AND a.el_status = 'rfep' AND b.el_status <> 'rfep'""")).isZero();
    }

    @Test
    void studentGroupsHaveRealisticShares() throws SQLException {
        assertThat(db.number("SELECT avg((swd = 'true')::INT) FROM students")).isBetween(0.10, 0.17);
        assertThat(db.number("SELECT avg(econ(frl, direct_certified)::INT) FROM students")).isBetween(0.35, 0.65);
        assertThat(db.number("SELECT avg((sex = 'x')::INT) FROM students")).isBetween(0.0005, 0.01);
        assertThat(db.strings("SELECT DISTINCT race_ethnicity FROM students ORDER BY 1")).hasSize(7);
        // poverty is concentrated unevenly: the poorest tenth of schools is far poorer than the richest tenth
        List<String> spread = db.strings("""
                WITH p AS (SELECT e.school_id, avg(econ(s.frl, s.direct_certified)::INT) pov
                           FROM enrollments e JOIN students s USING (school_year, student_id)
                           WHERE e.school_year = '2025' GROUP BY ALL HAVING count(*) >= 50)
                SELECT quantile_cont(pov, 0.9) - quantile_cont(pov, 0.1) FROM p""");
        assertThat(Double.parseDouble(spread.get(0))).isGreaterThan(0.3);
        // over-age high-school students exist (retained students), but most are on age
        double overAge = db.number("""
                SELECT avg((floor((make_date(e.school_year::INT - 1, 9, 30) - s.birth_date::DATE) / 365.25)
                            >= grade_number(e.grade_level) + 6)::INT)
                FROM enrollments e JOIN students s USING (school_year, student_id) WHERE grade_number(e.grade_level) >= 9""");
        assertThat(overAge).isBetween(0.02, 0.25);
    }

    @Test
    void everySchoolTypeIsPresentAndOneSchoolGrowsIntoANewGrade() throws SQLException {
        assertThat(db.strings("SELECT DISTINCT school_type FROM schools ORDER BY 1"))
                .containsExactly("alternative", "elementary", "high", "k12", "k8", "middle");
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT school_id FROM schools GROUP BY ALL
                HAVING count(DISTINCT grade_high) > 1 AND max(grade_number(grade_high)) = 8)""")).isPositive();
        assertThat(db.count("SELECT count(*) FROM (SELECT school_id FROM schools GROUP BY ALL HAVING min(school_year) = '2024')"))
                .as("a school opening in the second year").isPositive();
        double charter = db.number("SELECT avg((charter = 'true')::INT) FROM schools WHERE school_year = '2025'");
        assertThat(charter).isBetween(0.03, 0.12);
        assertThat(db.count("SELECT count(*) FROM schools WHERE title_i = 'true'")).isPositive();
        assertThat(db.count("SELECT count(*) FROM schools WHERE cep = 'true'")).isPositive();
    }

    @Test
    void districtSizesAreVeryUnequal() throws SQLException {
        List<double[]> sizes = db.pairs("""
                WITH d AS (SELECT district_id, count(DISTINCT student_id) n FROM enrollments
                           JOIN schools USING (school_year, school_id) WHERE school_year = '2025' GROUP BY ALL)
                SELECT max(n), median(n) FROM d""");
        assertThat(sizes.get(0)[0]).isGreaterThanOrEqualTo(10 * sizes.get(0)[1]);
    }

    @Test
    void ninthGradeOnTrackIsRealisticWithAGapForTheTargetGroup() throws SQLException {
        String onTrack = """
                WITH g9 AS (SELECT DISTINCT e.school_year, e.student_id FROM enrollments e
                            JOIN students s USING (school_year, student_id)
                            WHERE grade_level = '9' AND (exit_code IS NULL OR exit_code IN ('year_end', 'graduated')) AND %s),
                m AS (SELECT school_year, student_id, max((mark LIKE 'D%%' OR mark LIKE 'F%%')::INT) df,
                             sum(CASE WHEN term = 'final' AND grade_points IS NOT NULL
                                      THEN grade_points::DOUBLE * credits_attempted::DOUBLE END) pts,
                             sum(CASE WHEN term = 'final' AND grade_points IS NOT NULL
                                      THEN credits_attempted::DOUBLE END) cr
                      FROM course_grades GROUP BY ALL)
                SELECT avg(coalesce((df = 0 AND pts >= 2.5 * cr)::INT, 0)) FROM g9 LEFT JOIN m USING (school_year, student_id)""";
        double all = db.number(onTrack.formatted("true"));
        double target = db.number(onTrack.formatted(
                "s.race_ethnicity IN ('black', 'hispanic') AND econ(s.frl, s.direct_certified)"));
        assertThat(all).isBetween(0.50, 0.75);
        assertThat(all - target).isGreaterThan(0.08);
    }

    @Test
    void attendanceSuspensionsAndMarksFollowAchievementAndPoverty() throws SQLException {
        double suspended = db.number("""
                SELECT count(DISTINCT d.school_year || d.student_id) / (SELECT count(*) FROM students)
                FROM discipline d WHERE action <> 'other'""");
        assertThat(suspended).isBetween(0.02, 0.10);
        String absenceBy = """
                WITH s AS (SELECT school_year, student_id, sum(days_present::INT) / sum(days_enrolled::INT) rate
                           FROM enrollments GROUP BY ALL)
                SELECT avg(rate) FROM s JOIN students USING (school_year, student_id) WHERE %s econ(frl, direct_certified)""";
        assertThat(db.number(absenceBy.formatted(""))).isLessThan(db.number(absenceBy.formatted("NOT")));
        // marks follow achievement: grade-8 math marks are higher for students proficient in grade-8 math
        String gpaBy = """
                SELECT avg(grade_points::DOUBLE) FROM course_grades c JOIN assessments a USING (school_year, student_id)
                WHERE c.term = 'final' AND c.subject_area = 'math' AND a.subject = 'math' AND a.test = 'sbac'
                  AND a.grade_tested = '8' AND a.performance_level::INT %s 3""";
        assertThat(db.number(gpaBy.formatted(">="))).isGreaterThan(db.number(gpaBy.formatted("<")) + 0.5);
    }

    @Test
    void surveysCoverStudentsStaffAndParents() throws SQLException {
        assertThat(db.strings("SELECT DISTINCT respondent_type FROM surveys ORDER BY 1"))
                .containsExactly("parent", "staff", "student");
        double studentResponse = db.number("""
                SELECT count(DISTINCT s.school_year || s.respondent_id) / (SELECT count(*) FROM enrollments
                      WHERE grade_number(grade_level) >= 4 AND (exit_code IS NULL OR exit_code IN ('year_end', 'graduated')))
                FROM surveys s WHERE respondent_type = 'student'""");
        assertThat(studentResponse).isBetween(0.5, 0.85);
        assertThat(db.count("""
                SELECT count(*) FROM surveys v WHERE respondent_type = 'student'
                AND NOT EXISTS (SELECT 1 FROM students s WHERE s.school_year = v.school_year AND s.student_id = v.respondent_id)"""))
                .isZero();
        assertThat(db.count("""
                SELECT count(*) FROM surveys v JOIN students s ON s.student_id = v.respondent_id
                WHERE respondent_type <> 'student'""")).isZero();
        double favorable = db.number("SELECT avg((favorable = 'true')::INT) FROM surveys");
        assertThat(favorable).isBetween(0.45, 0.80);
        assertThat(db.count("SELECT count(*) FROM surveys WHERE (favorable = 'true') <> (response::INT >= 4)")).isZero();
    }

    @Test
    void prekClassroomsLookLikeRealClassData() throws SQLException {
        assertThat(db.number("SELECT avg(score::DOUBLE) FROM class_observations WHERE domain = 'emotional_support'"))
                .isBetween(5.5, 6.5);
        assertThat(db.number("SELECT avg(score::DOUBLE) FROM class_observations WHERE domain = 'classroom_organization'"))
                .isBetween(5.0, 6.0);
        assertThat(db.number("SELECT avg(score::DOUBLE) FROM class_observations WHERE domain = 'instructional_support'"))
                .isBetween(2.0, 3.5);
        assertThat(db.count("""
                SELECT count(*) FROM class_observations c JOIN schools s USING (school_year, school_id)
                WHERE s.grade_low <> 'PK'""")).isZero();
    }

    @Test
    void postsecondaryOutcomesDependOnHighSchoolRecordsAndTheBayesAucIsReported() throws SQLException {
        assertThat(db.count("""
                SELECT count(*) FROM postsecondary WHERE persisted_second_year = 'true' AND enrolled_fall = 'none'""")).isZero();
        assertThat(db.count("SELECT count(*) FROM postsecondary WHERE hs_exit_year = '2024' AND persisted_second_year IS NOT NULL"))
                .as("persistence after the last bundle year is unknown").isZero();
        double enrolled = db.number("""
                SELECT avg((enrolled_fall <> 'none')::INT) FROM postsecondary p
                JOIN graduation_cohorts g USING (student_id) WHERE g.outcome = 'graduated'""");
        assertThat(enrolled).isBetween(0.45, 0.80);
        assertThat(bundle.summary().bayesAuc()).isBetween(0.65, 0.95);
    }

    @Test
    void schoolGrowthEffectsCanBeRecoveredFromScores() throws SQLException {
        // mean yearly change of a student's grade-standardized ELA score at a school, against the school's true effect
        List<String> gains = db.strings("""
                WITH z AS (SELECT school_year::INT y, student_id, school_id,
                                  (scale_score::DOUBLE - avg(scale_score::DOUBLE) OVER (PARTITION BY school_year, grade_tested))
                                  / stddev(scale_score::DOUBLE) OVER (PARTITION BY school_year, grade_tested) zs
                           FROM assessments WHERE test = 'sbac' AND subject = 'ela' AND participation = 'tested')
                SELECT b.school_id || '=' || avg(b.zs - a.zs) FROM z a JOIN z b ON a.student_id = b.student_id
                       AND b.y = a.y + 1 AND a.school_id = b.school_id
                GROUP BY b.school_id HAVING count(*) >= 60""");
        java.util.Map<String, Double> truth = new java.util.HashMap<>();
        new StateGenerator(GeneratedBundles.STANDARD).schoolTruths()
                .forEach(t -> truth.put(t.schoolId(), t.elaGrowthEffect()));
        assertThat(gains).hasSizeGreaterThan(15);
        double[] measured = new double[gains.size()];
        double[] trueEffect = new double[gains.size()];
        for (int i = 0; i < gains.size(); i++) {
            String[] pair = gains.get(i).split("=");
            measured[i] = Double.parseDouble(pair[1]);
            trueEffect[i] = truth.get(pair[0]);
        }
        assertThat(correlation(measured, trueEffect)).isGreaterThan(0.4);
    }

    private static double correlation(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
