package org.flashlight.synth;

import java.nio.charset.StandardCharsets;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Grades;

/** The contract's codes as precomputed bytes, indexed by the small integer codes the model uses. */
final class Codes {
    static final int TESTS = BundleContract.TABLES.indexOf(BundleContract.TESTS);
    static final int SCHOOLS = BundleContract.TABLES.indexOf(BundleContract.SCHOOLS);
    static final int STUDENTS = BundleContract.TABLES.indexOf(BundleContract.STUDENTS);
    static final int ENROLLMENTS = BundleContract.TABLES.indexOf(BundleContract.ENROLLMENTS);
    static final int ASSESSMENTS = BundleContract.TABLES.indexOf(BundleContract.ASSESSMENTS);
    static final int DISCIPLINE = BundleContract.TABLES.indexOf(BundleContract.DISCIPLINE);
    static final int COURSE_GRADES = BundleContract.TABLES.indexOf(BundleContract.COURSE_GRADES);
    static final int GRADUATION_COHORTS = BundleContract.TABLES.indexOf(BundleContract.GRADUATION_COHORTS);
    static final int ATTENDANCE_MONTHLY = BundleContract.TABLES.indexOf(BundleContract.ATTENDANCE_MONTHLY);
    static final int SURVEYS = BundleContract.TABLES.indexOf(BundleContract.SURVEYS);
    static final int CLASS_OBSERVATIONS = BundleContract.TABLES.indexOf(BundleContract.CLASS_OBSERVATIONS);
    static final int POSTSECONDARY = BundleContract.TABLES.indexOf(BundleContract.POSTSECONDARY);
    static final int TABLE_COUNT = BundleContract.TABLES.size();

    static final byte[][] SEX = bytes("f", "m", "x");
    static final byte[][] RACE = bytes("hispanic", "american_indian", "asian", "black", "pacific_islander", "white",
            "two_or_more");

    static final int EO = 0;
    static final int IFEP = 1;
    static final int EL = 2;
    static final int RFEP = 3;
    static final int TBD = 4;
    static final byte[][] EL_STATUS = bytes("eo", "ifep", "el", "rfep", "tbd");

    static final int NO_EXIT = -1;
    static final int TRANSFER_IN_STATE = 0;
    static final int TRANSFER_OUT_OF_STATE = 1;
    static final int DROPOUT = 2;
    static final int GRADUATED = 3;
    static final int COMPLETED_OTHER = 4;
    static final int DECEASED = 5;
    static final int YEAR_END = 6;
    static final byte[][] EXIT = bytes("transfer_in_state", "transfer_out_of_state", "dropout", "graduated",
            "completed_other", "deceased", "year_end");

    static final int OUT_GRADUATED = 0;
    static final int OUT_GRADUATED_ALTERNATIVE = 1;
    static final int OUT_DROPOUT = 2;
    static final int OUT_STILL_ENROLLED = 3;
    static final int OUT_TRANSFERRED_OUT = 4;
    static final int OUT_EMIGRATED = 5;
    static final int OUT_DECEASED = 6;
    static final int OUT_GED = 7;
    static final byte[][] OUTCOME = bytes("graduated", "graduated_alternative", "dropout", "still_enrolled",
            "transferred_out", "emigrated", "deceased", "ged");

    static final int TESTED = 0;
    static final int ABSENT = 1;
    static final int REFUSED = 2;
    static final int MEDICAL = 3;
    static final int NOT_TESTED_OTHER = 4;
    static final byte[][] PARTICIPATION = bytes("tested", "absent", "refused", "medical", "not_tested_other");

    static final byte[][] ACTION = bytes("suspension_in_school", "suspension_out_of_school", "expulsion", "other");

    static final byte[][] ENROLLED_FALL = bytes("none", "two_year", "four_year");

    static final byte[][] RESPONDENT = bytes("student", "staff", "parent");
    static final byte[][] CONSTRUCT = bytes("growth_mindset", "self_efficacy", "self_management", "social_awareness",
            "support_for_learning", "rules_and_fairness", "safety", "belonging");
    /** Item id prefixes per construct (gm1, gm2, ...). */
    static final String[] ITEM_PREFIX = {"gm", "se", "sm", "sa", "sl", "rf", "sf", "bl"};

    static final byte[][] DOMAIN = bytes("emotional_support", "classroom_organization", "instructional_support");

    static final byte[][] TERM = bytes("q1", "q2", "q3", "q4", "s1", "s2", "final");
    static final int Q1 = 0;
    static final int Q2 = 1;
    static final int Q3 = 2;
    static final int Q4 = 3;
    static final int S1 = 4;
    static final int S2 = 5;
    static final int FINAL = 6;

    static final byte[][] MARK = bytes("F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+");
    static final double[] POINTS = {0, 0.7, 1.0, 1.3, 1.7, 2.0, 2.3, 2.7, 3.0, 3.3, 3.7, 4.0, 4.0};
    static final byte[] PASS = ascii("P");
    static final byte[] NO_PASS = ascii("NP");
    static final byte[] INCOMPLETE = ascii("I");

    /** Grade labels PK, KG, 1..12, indexed by grade + 1. */
    static final byte[][] GRADE = new byte[14][];

    static {
        for (int g = -1; g <= 12; g++) {
            GRADE[g + 1] = ascii(Grades.label(g));
        }
    }

    private Codes() {
    }

    /** Term codes (q1, s1, final, ...) as indexes of {@link #TERM}, in school-year order. */
    static int[] terms(java.util.List<String> codes) {
        String[] order = {"q1", "q2", "s1", "q3", "q4", "s2", "final"};
        int[] index = {Q1, Q2, S1, Q3, Q4, S2, FINAL};
        return java.util.stream.IntStream.range(0, order.length).filter(i -> codes.contains(order[i]))
                .map(i -> index[i]).toArray();
    }

    static byte[] grade(int grade) {
        return GRADE[grade + 1];
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] bytes(String... values) {
        byte[][] result = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            result[i] = ascii(values[i]);
        }
        return result;
    }
}
