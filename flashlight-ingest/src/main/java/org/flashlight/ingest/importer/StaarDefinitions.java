package org.flashlight.ingest.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.assessment.TestDefinition;

/**
 * The STAAR grades 3-8 definitions the Texas import writes to tests.csv (test code {@code staar}): the
 * valid range and the cuts of four levels, 1 Did Not Meet, 2 Approaches (Level II Satisfactory, phase-in 1),
 * 3 Meets (Level II final recommended standard), 4 Masters (Level III Advanced). Proficient = level 3, the
 * level Texas counts as grade-level performance. These are <em>declared</em> values, not built-in ones:
 * docs/importing.md ("STAAR cut scores") says where each comes from and which two are inferred. The range
 * is the lowest and highest scale score of the 2014 state conversion in texas_score_distributions.csv.
 */
final class StaarDefinitions {
    static final String TEST = "staar";
    static final int LEVELS = 4;
    static final int PROFICIENT_LEVEL = 3;
    static final String SOURCE = "declared by the OpenSDP Texas import (docs/importing.md)";

    /** grade, min, max, cut 2 (Approaches), cut 3 (Meets), cut 4 (Masters). */
    private static final int[][] ELA = {
        {3, 765, 1893, 1345, 1468, 1555},
        {4, 842, 1971, 1434, 1550, 1633},
        {5, 870, 1996, 1470, 1582, 1667},
        {6, 905, 2054, 1517, 1629, 1718},
        {7, 969, 2116, 1567, 1674, 1753},
        {8, 968, 2147, 1587, 1700, 1783}};
    private static final int[][] MATH = {
        {3, 826, 1889, 1360, 1486, 1596},
        {4, 944, 1997, 1456, 1589, 1670},
        {5, 963, 2062, 1500, 1625, 1710},
        {6, 1068, 2137, 1536, 1653, 1772},
        {7, 1078, 2169, 1575, 1698, 1798},
        {8, 1039, 2172, 1595, 1700, 1876}};
    /** Writing (grades 4 and 7) is on STAAR's horizontal scale, with the same cut at 3550 and 4000 in both grades. */
    private static final int[][] WRITING = {
        {4, 938, 6464, 3550, 4000, 4612},
        {7, 832, 6683, 3550, 4000, 4602}};

    private StaarDefinitions() {
    }

    static List<TestDefinition> all() {
        List<TestDefinition> definitions = new ArrayList<>();
        add(definitions, "ela", ELA);
        add(definitions, "math", MATH);
        add(definitions, "writing", WRITING);
        return List.copyOf(definitions);
    }

    private static void add(List<TestDefinition> into, String subject, int[][] rows) {
        for (int[] row : rows) {
            into.add(new TestDefinition(TEST, subject, row[0], BigDecimal.valueOf(row[1]), BigDecimal.valueOf(row[2]),
                    LEVELS, PROFICIENT_LEVEL,
                    List.of(BigDecimal.valueOf(row[3]), BigDecimal.valueOf(row[4]), BigDecimal.valueOf(row[5])), SOURCE));
        }
    }
}
