package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.duckdb.metric.MetricFixture.counts;
import static org.flashlight.duckdb.metric.MetricFixture.decimalCounts;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;
import static org.flashlight.duckdb.metric.MetricFixture.result;

import java.math.BigDecimal;
import java.util.List;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Survey, pre-K CLASS and AP/IB metrics (metrics.md R-14, docs/metrics/surveys-class-and-exams.md) on a
 * hand-made state, school year 2024: district D1 has Alder (A, PK-5), Birch (B, 6-12) and Elm (E, PK-2);
 * district D2 has Cedar (C, 9-12). Every expected numerator, denominator and row count is worked out
 * from the rules in the comments.
 */
class TestSurveyClassAndExamMetrics {
    private static final List<String> METRICS = List.of("sel_positive", "climate_positive",
            "climate_positive_student", "climate_positive_staff", "climate_positive_parent", "class_emotional_support",
            "class_classroom_organization", "class_instructional_support", "ap_ib_participation", "ap_ib_performance");

    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'A', 'Alder', 'D1', 'One', -1, 5, 'elementary', true, false, false),
                 (3, 2024, 'B', 'Birch', 'D1', 'One', 6, 12, 'k12', false, false, false),
                 (4, 2024, 'E', 'Elm', 'D1', 'One', -1, 2, 'elementary', false, false, false),
                 (5, 2024, 'C', 'Cedar', 'D2', 'Two', 9, 12, 'high', true, false, false),
                 (6, 2024, 'F', 'Fir', 'D2', 'Two', 9, 12, 'high', true, false, false)""");
        // x9 answers the survey as a student but has no students.csv row.
        db.execute("""
                INSERT INTO students (_line, school_year, student_id) VALUES
                 (2, 2024, 'u1'), (3, 2024, 'u2'), (4, 2024, 'u3'), (5, 2024, 'u4'),
                 (6, 2024, 'h1'), (7, 2024, 'h2'), (8, 2024, 'h3'), (9, 2024, 'h4'), (10, 2024, 'h6'), (11, 2024, 'h7'),
                 (12, 2024, 'h8')""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 (2, 2024, 'u1', 'A', 5, DATE '2023-08-20', NULL, NULL, 180, 170),
                 -- u2: grade 3 all year (her survey rows carry no grade)
                 (3, 2024, 'u2', 'A', 3, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (4, 2024, 'u3', 'B', 8, DATE '2023-08-20', NULL, NULL, 180, 170),
                 -- u4: grade 3 until January, then grade 4: the latest stay at A says grade 4
                 (5, 2024, 'u4', 'A', 3, DATE '2023-08-20', DATE '2024-01-15', 'transfer_in_state', 90, 85),
                 (6, 2024, 'u4', 'A', 4, DATE '2024-01-16', NULL, NULL, 90, 88),
                 (7, 2024, 'h1', 'C', 11, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (8, 2024, 'h2', 'C', 12, DATE '2023-08-20', NULL, 'graduated', 180, 170),
                 (9, 2024, 'h3', 'C', 10, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (10, 2024, 'h4', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 -- h6: grade 11 at B (D1) until December, then at C (D2), where the AP exam is taken
                 (11, 2024, 'h6', 'B', 11, DATE '2023-08-20', DATE '2023-12-15', 'transfer_in_state', 80, 75),
                 (12, 2024, 'h6', 'C', 11, DATE '2024-01-08', NULL, NULL, 100, 95),
                 (13, 2024, 'h7', 'B', 12, DATE '2023-08-20', NULL, 'graduated', 180, 170),
                 -- h8: grade 9 at F, a high school without any AP or IB exam this year
                 (14, 2024, 'h8', 'F', 9, DATE '2023-08-20', NULL, NULL, 180, 170)""");
        db.execute("""
                INSERT INTO surveys VALUES
                 (2, 2024, 'A', 'u1', 'student', 5, 'growth_mindset', 'gm1', 4, true),
                 (3, 2024, 'A', 'u1', 'student', 5, 'growth_mindset', 'gm2', 2, false),
                 -- a four-point item: 3 is favorable by the survey's own coding
                 (4, 2024, 'A', 'u1', 'student', 5, 'growth_mindset', 'gm3', 3, true),
                 (5, 2024, 'A', 'u1', 'student', 5, 'safety', 'sa1', 5, true),
                 (6, 2024, 'A', 'u2', 'student', NULL, 'growth_mindset', 'gm1', 5, true),
                 (7, 2024, 'A', 'u2', 'student', NULL, 'belonging', 'bl1', 4, true),
                 (8, 2024, 'A', 'x9', 'student', 4, 'self_efficacy', 'se1', 4, true),
                 (9, 2024, 'A', 'x9', 'student', 4, 'safety', 'sa1', 2, false),
                 (10, 2024, 'A', 'u4', 'student', NULL, 'social_awareness', 'sw1', 2, false),
                 -- a staff member whose respondent_id happens to equal student u1's id
                 (11, 2024, 'A', 'u1', 'staff', NULL, 'safety', 'sa2', 4, true),
                 (12, 2024, 'A', 'u1', 'staff', NULL, 'growth_mindset', 'gm4', 5, true),
                 -- a five-point item: 3 is neutral, not favorable
                 (13, 2024, 'A', 'p1', 'parent', NULL, 'support_for_learning', 'sl1', 3, false),
                 (14, 2024, 'B', 'u3', 'student', 8, 'self_management', 'sm1', 4, true),
                 (15, 2024, 'B', 'u3', 'student', 8, 'rules_and_fairness', 'rf1', 1, false),
                 (16, 2024, 'B', 's2', 'staff', NULL, 'safety', 'sa1', 5, true)""");
        db.execute("""
                INSERT INTO class_observations VALUES
                 (2, 2024, 'A', 'A-PK1', 'emotional_support', 6.25),
                 (3, 2024, 'A', 'A-PK2', 'emotional_support', 5.50),
                 (4, 2024, 'A', 'A-PK3', 'emotional_support', 6.00),
                 (5, 2024, 'A', 'A-PK1', 'classroom_organization', 5.00),
                 (6, 2024, 'A', 'A-PK2', 'classroom_organization', 5.50),
                 (7, 2024, 'A', 'A-PK3', 'classroom_organization', 4.75),
                 (8, 2024, 'A', 'A-PK1', 'instructional_support', 2.50),
                 (9, 2024, 'A', 'A-PK2', 'instructional_support', 3.00),
                 (10, 2024, 'A', 'A-PK3', 'instructional_support', 2.00),
                 (11, 2024, 'E', 'E-PK1', 'emotional_support', 7.00),
                 (12, 2024, 'E', 'E-PK1', 'classroom_organization', 6.00),
                 (13, 2024, 'E', 'E-PK1', 'instructional_support', 4.00)""");
        db.execute("""
                INSERT INTO assessments VALUES
                 (2, 2024, 'h1', 'C', 'ap', 'calculus_ab', 11, DATE '2024-05-06', 3, NULL, 'tested', false),
                 (3, 2024, 'h1', 'C', 'ap', 'biology', 11, DATE '2024-05-07', 2, NULL, 'tested', false),
                 -- an SAT section is not an AP or IB exam
                 (4, 2024, 'h1', 'C', 'sat', 'erw', 11, DATE '2024-03-05', 600, NULL, 'tested', false),
                 (5, 2024, 'h2', 'C', 'ib', 'english_a', 12, DATE '2024-05-08', 4, NULL, 'tested', false),
                 (6, 2024, 'h2', 'C', 'ib', 'math_aa', 12, DATE '2024-05-09', 3, NULL, 'tested', false),
                 -- registered but absent: not an exam taken
                 (7, 2024, 'h4', 'C', 'ap', 'human_geography', 9, DATE '2024-05-10', NULL, NULL, 'absent', false),
                 (8, 2024, 'h6', 'C', 'ap', 'us_history', 11, DATE '2024-05-10', 5, NULL, 'tested', false),
                 (9, 2024, 'h7', 'B', 'ap', 'us_government', 12, DATE '2024-05-06', 4, NULL, 'tested', false)""");
        db.execute("""
                CREATE TABLE student_groups AS SELECT * FROM (VALUES
                    (2024, 'u1', 'black'), (2024, 'u3', 'black'), (2024, 'u2', 'el'), (2024, 'u4', 'el'),
                    (2024, 'h1', 'swd')) t(school_year, student_id, group_id)""");
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void selCountsStudentResponsesInGrades4To12() {
        // School A, SEL constructs, student respondents in grades 4-12: u1 gm1 (favorable), gm2, gm3
        // (favorable: 3 on a four-point item), x9 se1 (grade 4 from the row, favorable), u4 sw1 (grade 4
        // from the latest stay). Out: u2 gm1 (grade 3 from her stay), staff u1 gm4 (not a student).
        // -> 3 / 5, and 5 rows: the units are responses, not respondents (3 respondents).
        assertThat(decimalCounts(db, "sel_positive", "school", "A", "all")).contains(counts("3", "5", 5));
        // School B: u3 sm1 -> 1 / 1. District D1 pools A and B -> 4 / 6; the state the same.
        assertThat(decimalCounts(db, "sel_positive", "school", "B", "all")).contains(counts("1", "1", 1));
        assertThat(decimalCounts(db, "sel_positive", "district", "D1", "all")).contains(counts("4", "6", 6));
        assertThat(decimalCounts(db, "sel_positive", "state", "state", "all")).contains(counts("4", "6", 6));
    }

    @Test
    void selGroupsUseTheStudentsOfThatYear() {
        // black at A: u1's three responses, 2 favorable. el at A: u4 sw1 (u2's grade-3 response is out) -> 0 / 1.
        assertThat(decimalCounts(db, "sel_positive", "school", "A", "black")).contains(counts("2", "3", 3));
        assertThat(decimalCounts(db, "sel_positive", "school", "A", "el")).contains(counts("0", "1", 1));
        // District D1 black: u1's 2 of 3 plus u3's 1 of 1 -> 3 / 4.
        assertThat(decimalCounts(db, "sel_positive", "district", "D1", "black")).contains(counts("3", "4", 4));
    }

    @Test
    void climateCountsEveryRespondentTypeAndGrade() {
        // School A, culture-climate constructs: u1 sa1 (fav), u2 bl1 (fav; grade 3 is no obstacle),
        // x9 sa1, staff u1 sa2 (fav), parent p1 sl1 (3 on a five-point item, not favorable) -> 3 / 5.
        assertThat(decimalCounts(db, "climate_positive", "school", "A", "all")).contains(counts("3", "5", 5));
        // Per respondent type at A: students u1, u2, x9 -> 2 / 3; staff 1 / 1; parents 0 / 1.
        assertThat(decimalCounts(db, "climate_positive_student", "school", "A", "all")).contains(counts("2", "3", 3));
        assertThat(decimalCounts(db, "climate_positive_staff", "school", "A", "all")).contains(counts("1", "1", 1));
        assertThat(decimalCounts(db, "climate_positive_parent", "school", "A", "all")).contains(counts("0", "1", 1));
        // School B: u3 rf1, staff s2 sa1 (fav) -> 1 / 2.
        assertThat(decimalCounts(db, "climate_positive", "school", "B", "all")).contains(counts("1", "2", 2));
        // District D1 pools A and B: 4 / 7; staff 2 / 2; students u1, u2, x9, u3 -> 2 / 4.
        assertThat(decimalCounts(db, "climate_positive", "district", "D1", "all")).contains(counts("4", "7", 7));
        assertThat(decimalCounts(db, "climate_positive_staff", "district", "D1", "all")).contains(counts("2", "2", 2));
        assertThat(decimalCounts(db, "climate_positive_student", "district", "D1", "all")).contains(counts("2", "4", 4));
        // No survey at C (D2): no climate rows there.
        assertThat(decimalCounts(db, "climate_positive", "district", "D2", "all")).isEmpty();
    }

    @Test
    void staffParentsAndUnknownStudentsCountInAllOnly() {
        // black at A: only student u1's sa1 -> 1 / 1. The staff member with respondent_id 'u1' is not u1
        // (had the ids been joined as they are, this would be 2 / 2).
        assertThat(decimalCounts(db, "climate_positive", "school", "A", "black")).contains(counts("1", "1", 1));
        // el at A: u2 bl1 (grade 3 counts in climate) -> 1 / 1.
        assertThat(decimalCounts(db, "climate_positive", "school", "A", "el")).contains(counts("1", "1", 1));
        // Staff and parent metrics have no student-group rows at all.
        assertThat(groupsOf("climate_positive_staff")).containsOnly("all");
        assertThat(groupsOf("climate_positive_parent")).containsOnly("all");
        // x9 (no students.csv row) counts in all (SEL at A above) and in no group: the groups at A add
        // up to u1's 3 (black) + u4's 1 (el) = 4 of the 5 SEL responses.
        assertThat(groupRowsAt("sel_positive", "A")).isEqualTo(4);
    }

    @Test
    void classMeansPoolObservationsAndIgnoreMinN() {
        // School A, 3 observations (below any min n, still reported): emotional support 6.25 + 5.50 + 6.00
        // = 17.75 / 3; organization 5.00 + 5.50 + 4.75 = 15.25 / 3; instructional 2.50 + 3.00 + 2.00 = 7.5 / 3.
        assertThat(decimalCounts(db, "class_emotional_support", "school", "A", "all")).contains(counts("17.75", "3", 3));
        assertThat(decimalCounts(db, "class_classroom_organization", "school", "A", "all")).contains(counts("15.25", "3", 3));
        assertThat(decimalCounts(db, "class_instructional_support", "school", "A", "all")).contains(counts("7.5", "3", 3));
        // District D1 pools the 4 observations of A and E: (17.75 + 7.00) / 4 = 6.1875, not the mean of
        // the school means ((5.9166... + 7) / 2).
        assertThat(decimalCounts(db, "class_emotional_support", "district", "D1", "all")).contains(counts("24.75", "4", 4));
        assertThat(value("class_emotional_support", "district", "D1")).isEqualByComparingTo("6.1875");
        assertThat(value("class_instructional_support", "school", "A")).isEqualByComparingTo("2.5");
        assertThat(MetricCatalog.find("class_emotional_support").map(MetricDefinition::minNApplies)).contains(false);
        assertThat(MetricCatalog.find("climate_positive").map(MetricDefinition::minNApplies)).contains(true);
    }

    @Test
    void classMetricsHaveOnlyTheAllGroup() {
        assertThat(groupsOf("class_emotional_support")).containsOnly("all");
        assertThat(groupsOf("class_classroom_organization")).containsOnly("all");
        assertThat(groupsOf("class_instructional_support")).containsOnly("all");
    }

    @Test
    void apIbParticipationCountsGrade9To12StudentsWithAnExamAtTheEntity() {
        // School C, students with a grade 9-12 stay: h1, h2, h3, h4, h6. Took an exam at C: h1 (two AP
        // exams, counted once), h2 (IB), h6 (AP); h3 none; h4 was absent (not taken) -> 3 / 5.
        assertThat(decimalCounts(db, "ap_ib_participation", "school", "C", "all")).contains(counts("3", "5", 5));
        // School B: h6 (grade 11 until December; the exam was at C) and h7 (exam at B) -> 1 / 2.
        assertThat(decimalCounts(db, "ap_ib_participation", "school", "B", "all")).contains(counts("1", "2", 2));
        // School F: h8, no exam at F, while the year has AP/IB data -> 0 / 1 (a real zero).
        assertThat(decimalCounts(db, "ap_ib_participation", "school", "F", "all")).contains(counts("0", "1", 1));
        // District D1 (A, B, E): the same two students as B -> 1 / 2. District D2 (C, F): 3 / 6.
        // State: h1, h2, h3, h4, h6, h7, h8; takers h1, h2, h6, h7 -> 4 / 7 (h6 once, though at two schools).
        assertThat(decimalCounts(db, "ap_ib_participation", "district", "D1", "all")).contains(counts("1", "2", 2));
        assertThat(decimalCounts(db, "ap_ib_participation", "district", "D2", "all")).contains(counts("3", "6", 6));
        assertThat(decimalCounts(db, "ap_ib_participation", "state", "state", "all")).contains(counts("4", "7", 7));
        // swd at C: h1 -> 1 / 1. School A has no grade 9-12 students: no row.
        assertThat(decimalCounts(db, "ap_ib_participation", "school", "C", "swd")).contains(counts("1", "1", 1));
        assertThat(decimalCounts(db, "ap_ib_participation", "school", "A", "all")).isEmpty();
    }

    @Test
    void apIbPerformanceCountsExamsAtAp3AndIb4() {
        // School C exams: h1 AP 3 (pass) and AP 2 (not), h2 IB 4 (pass) and IB 3 (not: IB needs 4),
        // h6 AP 5 (pass); h4's absent row and h1's SAT are not AP/IB exams taken -> 3 / 5, 5 rows (exams).
        assertThat(decimalCounts(db, "ap_ib_performance", "school", "C", "all")).contains(counts("3", "5", 5));
        // swd at C: h1's two exams -> 1 / 2 (a student with two exams is two units).
        assertThat(decimalCounts(db, "ap_ib_performance", "school", "C", "swd")).contains(counts("1", "2", 2));
        // School B: h7 AP 4 -> 1 / 1; D1 the same (h6's exam is at C, in D2); state: 4 / 6.
        assertThat(decimalCounts(db, "ap_ib_performance", "school", "B", "all")).contains(counts("1", "1", 1));
        assertThat(decimalCounts(db, "ap_ib_performance", "district", "D1", "all")).contains(counts("1", "1", 1));
        assertThat(decimalCounts(db, "ap_ib_performance", "district", "D2", "all")).contains(counts("3", "5", 5));
        assertThat(decimalCounts(db, "ap_ib_performance", "state", "state", "all")).contains(counts("4", "6", 6));
    }

    @Test
    void missingOptionalFilesGiveNoRowsAndNoError() {
        // A bundle without surveys or class_observations (their tables exist and are empty, as
        // docs/data-contract.md says) and without any AP or IB row: the exams were not supplied, so even
        // the school with a grade-11 student has no ap_ib_participation row (not computable, not 0 / 1).
        try (BundleDatabase bare = emptyBundle()) {
            bare.execute("INSERT INTO schools VALUES (2, 2024, 'C', 'Cedar', 'D2', 'Two', 9, 12, 'high', true, false, "
                    + "false)");
            bare.execute("INSERT INTO students (_line, school_year, student_id) VALUES (2, 2024, 'h1')");
            bare.execute("INSERT INTO enrollments VALUES (2, 2024, 'h1', 'C', 11, DATE '2023-08-20', NULL, NULL, 180, "
                    + "170)");
            bare.execute("INSERT INTO assessments VALUES (2, 2024, 'h1', 'C', 'sat', 'erw', 11, DATE '2024-03-05', "
                    + "600, NULL, 'tested', false)");
            bare.execute("CREATE TABLE student_groups (school_year INTEGER, student_id VARCHAR, group_id VARCHAR)");
            new MetricEngine(bare).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
            List<MetricResult> all = MetricResults.read(bare);
            assertThat(all).extracting(MetricResult::metric).contains("dropout"); // the engine did run
            assertThat(all).extracting(MetricResult::metric).doesNotContainAnyElementsOf(METRICS);
        }
    }

    private BigDecimal value(String metric, String level, String entity) {
        return result(db, metric, level, entity, "all").orElseThrow().value();
    }

    private List<String> groupsOf(String metric) {
        return MetricResults.read(db).stream().filter(r -> r.metric().equals(metric)).map(MetricResult::studentGroup)
                .distinct().toList();
    }

    private long groupRowsAt(String metric, String school) {
        return MetricResults.read(db).stream()
                .filter(r -> r.metric().equals(metric) && r.level().equals("school") && r.entityId().equals(school)
                        && !r.studentGroup().equals("all"))
                .mapToLong(MetricResult::students).sum();
    }
}
