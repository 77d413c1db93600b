package org.flashlight.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.assessment.TestCatalog;

/**
 * Everything shared by the worker threads, built once and never changed: settings, parameters,
 * the state layout, the test plan, the sub-models, cohort sizing and state-wide test dates.
 */
final class GenerationContext {
    final GeneratorSettings settings;
    final Parameters parameters;
    final StateLayout layout;
    final TestPlan plan;
    final DateText dates;
    final Achievement achievement;
    final AttendanceModel attendance;
    final DisciplineModel discipline;
    final ProgressionModel progression;
    final SurveyModel surveys;
    final CourseModel courses;
    final PostsecondaryModel postsecondary;
    final int firstYear;
    final int lastYear;
    /** Kindergarten year of the oldest cohort simulated. */
    final int firstCohort;
    final int cohorts;
    final long livesPerCohort;
    final long lives;
    final byte[][] schoolIds;
    private final int[] actDates;
    private final int[] satFallDates;
    private final int[] examWeekStart;
    private final Map<String, Integer> examOrder = new HashMap<>();

    GenerationContext(GeneratorSettings settings, Parameters parameters, TestCatalog catalog) {
        this.settings = settings;
        this.parameters = parameters;
        this.firstYear = settings.firstSchoolYear();
        this.lastYear = settings.lastSchoolYear();
        this.firstCohort = StudentLife.firstCohort(firstYear);
        this.cohorts = lastYear + 1 - firstCohort + 1;
        this.livesPerCohort = (long) StrictMath.ceil(settings.students() / parameters.population().enrolledPerCohortMember());
        this.lives = livesPerCohort * cohorts;
        this.layout = StateLayout.build(settings, parameters);
        this.plan = new TestPlan(catalog, parameters);
        this.dates = new DateText(firstCohort - 9, lastYear + 1);
        this.achievement = new Achievement(parameters, layout);
        this.attendance = new AttendanceModel(parameters.attendance());
        this.discipline = new DisciplineModel(parameters.discipline());
        this.progression = new ProgressionModel(parameters.progression());
        this.surveys = new SurveyModel(parameters.surveys());
        this.courses = new CourseModel(parameters.courses());
        this.postsecondary = new PostsecondaryModel(parameters.postsecondary());
        this.schoolIds = new byte[layout.schools.size()][];
        for (School s : layout.schools) {
            schoolIds[s.index] = Codes.ascii(s.id);
        }
        int years = lastYear - layout.firstSimulatedYear + 1;
        this.actDates = new int[years];
        this.satFallDates = new int[years];
        this.examWeekStart = new int[years];
        for (int i = 0; i < years; i++) {
            int y = layout.firstSimulatedYear + i;
            actDates[i] = (int) LocalDate.of(y, 4, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY))
                    .toEpochDay();
            satFallDates[i] = (int) LocalDate.of(y - 1, 10, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY)).toEpochDay();
            examWeekStart[i] = (int) LocalDate.of(y, 5, 1)
                    .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).toEpochDay();
        }
        List<Course> courses = CourseCatalog.all();
        for (Course c : courses) {
            if (!c.examCode().isEmpty()) {
                examOrder.putIfAbsent(c.examCode(), examOrder.size());
            }
        }
    }

    /** The state-wide ACT date of a school year (second Saturday of April). */
    int actDate(int schoolYear) {
        return actDates[schoolYear - layout.firstSimulatedYear];
    }

    /** The fall SAT date of a school year (first Saturday of October). */
    int satFallDate(int schoolYear) {
        return satFallDates[schoolYear - layout.firstSimulatedYear];
    }

    /** An AP or IB exam's date: weekdays of the first two weeks of May, one exam code per slot. */
    int examDate(int schoolYear, String examCode) {
        int order = examOrder.getOrDefault(examCode, 0) % 10;
        return examWeekStart[schoolYear - layout.firstSimulatedYear] + (order / 5) * 7 + order % 5;
    }
}
