package org.flashlight.synth;

import java.math.BigDecimal;
import java.util.List;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.Grades;

/**
 * The rows that belong to schools rather than students: schools.csv, tests.csv, the staff and
 * parent survey responses and the pre-K CLASS observations. Each school-year draws from its own
 * stream, seeded by (seed, school, year). Every method calls {@code flush} after each school, so the
 * caller can write the buffered rows out and memory stays bounded.
 */
final class SchoolRows {
    private static final int STAFF_STREAM = 1;
    private static final int PARENT_STREAM = 2;
    private static final int CLASS_STREAM = 3;

    private final GenerationContext c;

    SchoolRows(GenerationContext context) {
        this.c = context;
    }

    void schools(RowSink sink, Runnable flush) {
        List<School> schools = c.layout.schoolsById();
        for (int y = c.firstYear; y <= c.lastYear; y++) {
            for (School s : schools) {
                if (!s.isOpen(y)) {
                    continue;
                }
                sink.integer(y).text(s.id).text(s.name).text(s.district.id).text(s.district.name)
                        .text(Grades.label(s.gradeLow)).text(Grades.label(s.gradeHigh(y))).text(s.type.code)
                        .bool(s.titleI).bool(s.charter).bool(s.cep).end();
                flush.run();
            }
        }
    }

    void tests(RowSink sink, Runnable flush) {
        for (TestDefinition d : c.plan.usedDefinitions()) {
            sink.text(d.test()).text(d.subject()).text(Grades.label(d.grade()))
                    .text(d.minScaleScore().toPlainString()).text(d.maxScaleScore().toPlainString());
            if (d.levels() > 0) {
                sink.integer(d.levels()).integer(d.proficientLevel());
            } else {
                sink.empty().empty();
            }
            for (int level = 2; level <= 5; level++) {
                BigDecimal cut = d.cut(level).orElse(null);
                if (cut == null) {
                    sink.empty();
                } else {
                    sink.text(cut.toPlainString());
                }
            }
            sink.end();
        }
    }

    /** Staff and parent culture-climate responses of every open school and bundle year. */
    void adultSurveys(RowSink sink, Runnable flush) {
        Parameters.Surveys p = c.parameters.surveys();
        List<School> schools = c.layout.schoolsById();
        for (int y = c.firstYear; y <= c.lastYear; y++) {
            for (School s : schools) {
                if (!s.isOpen(y)) {
                    continue;
                }
                byte[] school = c.schoolIds[s.index];
                int staff = (int) Math.max(p.staffLow(), Math.min(p.staffHigh(), Math.round(s.plannedStudents * p.staffPerStudent())));
                Rng staffRng = Rng.stream(c.settings.seed(), Rng.SCHOOL_YEAR, s.index, (long) y * 8 + STAFF_STREAM);
                for (int i = 1; i <= staff; i++) {
                    if (!staffRng.chance(p.staffResponseRate())) {
                        continue;
                    }
                    byte[] respondent = Codes.ascii("stf" + s.id + "-" + threeDigits(i));
                    adult(sink, staffRng, y, school, respondent, 1, p.staffShift() + s.climateEffect);
                }
                long parents = Math.round(s.plannedStudents * p.parentPerStudent());
                Rng parentRng = Rng.stream(c.settings.seed(), Rng.SCHOOL_YEAR, s.index, (long) y * 8 + PARENT_STREAM);
                for (int i = 1; i <= parents; i++) {
                    byte[] respondent = Codes.ascii("par" + s.id + "-" + y + "-" + threeDigits(i));
                    adult(sink, parentRng, y, school, respondent, 2, p.parentShift() + s.climateEffect);
                }
                flush.run();
            }
        }
    }

    private void adult(RowSink sink, Rng rng, int y, byte[] school, byte[] respondent, int type, double shift) {
        double person = shift + rng.normal(0, c.parameters.surveys().personSd());
        for (int construct = SurveyModel.SEL_CONSTRUCTS; construct < SurveyModel.CONSTRUCTS; construct++) {
            for (byte[] item : c.surveys.itemIds[construct]) {
                int response = c.surveys.response(rng, construct, person);
                sink.integer(y).raw(school).raw(respondent).raw(Codes.RESPONDENT[type]).empty()
                        .raw(Codes.CONSTRUCT[construct]).raw(item).integer(response)
                        .bool(SurveyModel.favorable(response)).end();
            }
        }
    }

    /** CLASS observations of the pre-K classrooms of every school that serves pre-K. */
    void classObservations(RowSink sink, Runnable flush) {
        Parameters.ClassObservations p = c.parameters.classObservations();
        List<School> schools = c.layout.schoolsById();
        for (int y = c.firstYear; y <= c.lastYear; y++) {
            for (School s : schools) {
                if (!s.servesPrek(y)) {
                    continue;
                }
                Rng rng = Rng.stream(c.settings.seed(), Rng.SCHOOL_YEAR, s.index, (long) y * 8 + CLASS_STREAM);
                int classrooms = rng.between(p.classroomsLow(), p.classroomsHigh());
                for (int k = 1; k <= classrooms; k++) {
                    String classroom = s.id + "-PK" + k;
                    double teacher = rng.normal(0, p.teacherSd());
                    for (int domain = 0; domain < 3; domain++) {
                        double score = p.domainMeans().get(domain) + s.classEffect + teacher
                                + rng.normal(0, p.domainSds().get(domain));
                        score = Math.max(1, Math.min(7, score));
                        sink.integer(y).raw(c.schoolIds[s.index]).text(classroom).raw(Codes.DOMAIN[domain])
                                .decimal(score, 2).end();
                    }
                }
                flush.run();
            }
        }
    }

    private static String threeDigits(int i) {
        return i < 10 ? "00" + i : i < 100 ? "0" + i : Integer.toString(i);
    }
}
