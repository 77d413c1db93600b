package org.flashlight.synth;

import java.util.List;

/**
 * The courses students take, by grade: six a year, in the order ELA, math, science, social studies,
 * then two electives. A student's track (regular, honors, AP, IB) follows their achievement in the
 * subject. Immutable.
 */
final class CourseCatalog {
    static final int COURSES_PER_YEAR = 6;

    private static final Course[][] MIDDLE = new Course[3][];
    private static final Course ALGEBRA_1_MIDDLE = new Course("MTH08A", "Algebra I (Grade 8)", "math", 1, true,
            Course.Kind.HONORS, "");
    private static final Course[] ENGLISH = {
        regular("ENG09", "English 9", "ela", 0), regular("ENG10", "English 10", "ela", 0),
        regular("ENG11", "English 11", "ela", 0), regular("ENG12", "English 12", "ela", 0)};
    private static final Course[] ENGLISH_ADVANCED = {
        honors("ENG09H", "English 9 Honors", "ela", 0), honors("ENG10H", "English 10 Honors", "ela", 0),
        ap("APENGLANG", "AP English Language and Composition", "ela", 0, "ap_english_language"),
        ap("APENGLIT", "AP English Literature and Composition", "ela", 0, "ap_english_literature")};
    private static final Course[] MATH = {
        regular("ALG1", "Algebra I", "math", 1), regular("GEOM", "Geometry", "math", 1),
        regular("ALG2", "Algebra II", "math", 1), regular("STATS", "Statistics", "math", 1)};
    private static final Course[] MATH_ADVANCED = {
        honors("GEOMH", "Geometry Honors", "math", 1), honors("ALG2H", "Algebra II Honors", "math", 1),
        honors("PRECALCH", "Precalculus Honors", "math", 1),
        ap("APCALCAB", "AP Calculus AB", "math", 1, "ap_calculus_ab")};
    private static final Course[] SCIENCE = {
        regular("BIO", "Biology", "science", 2), regular("CHEM", "Chemistry", "science", 2),
        regular("PHYS", "Physics", "science", 2), regular("ENVSCI", "Environmental Science", "science", 2)};
    private static final Course[] SCIENCE_ADVANCED = {
        honors("BIOH", "Biology Honors", "science", 2), honors("CHEMH", "Chemistry Honors", "science", 2),
        ap("APBIO", "AP Biology", "science", 2, "ap_biology"),
        ap("APCHEM", "AP Chemistry", "science", 2, "ap_chemistry")};
    private static final Course[] SOCIAL = {
        regular("WGEO", "World Geography", "social_studies", 0), regular("WHIST", "World History", "social_studies", 0),
        regular("USHIST", "United States History", "social_studies", 0),
        regular("GOVECON", "Government and Economics", "social_studies", 0)};
    private static final Course[] SOCIAL_ADVANCED = {
        honors("WGEOH", "World Geography Honors", "social_studies", 0),
        ap("APWHIST", "AP World History", "social_studies", 0, "ap_world_history"),
        ap("APUSH", "AP United States History", "social_studies", 0, "ap_us_history"),
        ap("APGOV", "AP United States Government and Politics", "social_studies", 0, "ap_us_government")};
    private static final Course[] LANGUAGE = {
        regular("SPAN1", "Spanish I", "world_language", 0), regular("SPAN2", "Spanish II", "world_language", 0),
        regular("SPAN3", "Spanish III", "world_language", 0),
        regular("SPAN4", "Spanish IV", "world_language", 0)};
    private static final Course[] ARTS = {
        regular("ART1", "Art I", "arts", -1), regular("ART2", "Art II", "arts", -1),
        regular("MUSIC", "Music", "arts", -1), regular("THEATER", "Theater", "arts", -1)};
    private static final Course[] LAST_ELECTIVE = {
        new Course("PE9", "Physical Education 9", "pe", -1, false, Course.Kind.REGULAR, ""),
        new Course("PE10", "Physical Education 10", "pe", -1, false, Course.Kind.REGULAR, ""),
        new Course("CTE1", "Introduction to Computer Science", "cte", 1, false, Course.Kind.REGULAR, ""),
        new Course("CTE2", "Career Technical Pathway", "cte", -1, false, Course.Kind.REGULAR, "")};
    /** IB schools replace the grade 11-12 AP courses of ELA, math, science and social studies with these. */
    private static final Course[] IB = {
        new Course("IBENGA", "IB English A Language and Literature", "ela", 0, true, Course.Kind.IB, "ib_english_a"),
        new Course("IBMATHAA", "IB Mathematics Analysis and Approaches", "math", 1, true, Course.Kind.IB, "ib_math_aa"),
        new Course("IBBIO", "IB Biology", "science", 2, true, Course.Kind.IB, "ib_biology"),
        new Course("IBHIST", "IB History", "social_studies", 0, true, Course.Kind.IB, "ib_history")};

    static {
        for (int g = 6; g <= 8; g++) {
            MIDDLE[g - 6] = new Course[] {
                middle("ELA0" + g, "English Language Arts " + g, "ela", 0),
                middle("MTH0" + g, "Mathematics " + g, "math", 1),
                middle("SCI0" + g, "Science " + g, "science", 2),
                middle("SOC0" + g, "Social Studies " + g, "social_studies", 0),
                middle("PE0" + g, "Physical Education " + g, "pe", -1),
                middle("ART0" + g, "Art and Music " + g, "arts", -1)};
        }
    }

    private CourseCatalog() {
    }

    /** Every course, for documentation and tests. */
    static List<Course> all() {
        java.util.ArrayList<Course> all = new java.util.ArrayList<>();
        for (Course[] m : MIDDLE) {
            all.addAll(List.of(m));
        }
        all.add(ALGEBRA_1_MIDDLE);
        for (Course[] list : new Course[][] {ENGLISH, ENGLISH_ADVANCED, MATH, MATH_ADVANCED, SCIENCE, SCIENCE_ADVANCED,
            SOCIAL, SOCIAL_ADVANCED, LANGUAGE, ARTS, LAST_ELECTIVE, IB}) {
            all.addAll(List.of(list));
        }
        return all;
    }

    /**
     * Fills {@code out} with the six courses of a student-year.
     *
     * @param advanced      per core subject (ela, math, science, social studies), whether the student takes the advanced course
     * @param takesLanguage whether the student takes a world language (high school)
     * @param ibSchool      whether the school runs IB (grades 11-12 take IB instead of AP)
     */
    static void select(int grade, boolean[] advanced, boolean takesLanguage, boolean ibSchool, Course[] out) {
        if (grade >= 6 && grade <= 8) {
            System.arraycopy(MIDDLE[grade - 6], 0, out, 0, COURSES_PER_YEAR);
            if (grade == 8 && advanced[1]) {
                out[1] = ALGEBRA_1_MIDDLE;
            }
            return;
        }
        int year = grade - 9;
        boolean ib = ibSchool && grade >= 11;
        out[0] = advanced[0] ? (ib ? IB[0] : ENGLISH_ADVANCED[year]) : ENGLISH[year];
        out[1] = advanced[1] ? (ib ? IB[1] : MATH_ADVANCED[year]) : MATH[year];
        out[2] = advanced[2] ? (ib ? IB[2] : SCIENCE_ADVANCED[year]) : SCIENCE[year];
        out[3] = advanced[3] ? (ib ? IB[3] : SOCIAL_ADVANCED[year]) : SOCIAL[year];
        out[4] = takesLanguage ? LANGUAGE[year] : ARTS[year];
        out[5] = LAST_ELECTIVE[year];
    }

    private static Course regular(String id, String name, String area, int achievement) {
        return new Course(id, name, area, achievement, true, Course.Kind.REGULAR, "");
    }

    private static Course honors(String id, String name, String area, int achievement) {
        return new Course(id, name, area, achievement, true, Course.Kind.HONORS, "");
    }

    private static Course ap(String id, String name, String area, int achievement, String exam) {
        return new Course(id, name, area, achievement, true, Course.Kind.AP, exam);
    }

    private static Course middle(String id, String name, String area, int achievement) {
        return new Course(id, name, area, achievement, false, Course.Kind.REGULAR, "");
    }
}
