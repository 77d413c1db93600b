package org.flashlight.core.colors;

import static org.flashlight.core.colors.Color.BLUE;
import static org.flashlight.core.colors.Color.GREEN;
import static org.flashlight.core.colors.Color.ORANGE;
import static org.flashlight.core.colors.Color.RED;
import static org.flashlight.core.colors.Color.YELLOW;

import java.util.List;

/**
 * The California School Dashboard tables Flashlight ships (CA-2), one {@link IndicatorTable} each, for
 * the lead to write into {@code frameworks/ca-dashboard.yaml}. docs/frameworks-sources/ca-dashboard.md
 * gives each table's source and says which values were checked against a stored copy of the CDE page
 * and which still need checking.
 */
public final class CaliforniaTables {

    /** Status level labels, ascending in the value (for chronic absenteeism "Very Low" is the best). */
    public static final List<String> STATUS = List.of("Very Low", "Low", "Medium", "High", "Very High");
    /** Change level labels, ascending in the value. */
    public static final List<String> CHANGE = List.of("Declined Significantly", "Declined", "Maintained",
            "Increased", "Increased Significantly");

    private static final String TABLES_2023 = "CDE, Five-by-Five Colored Tables, 2023 Dashboard"
            + " (https://www.cde.ca.gov/ta/ac/cm/fivebyfivecolortables23.asp)";

    private CaliforniaTables() {
    }

    /** Every table of the 2023 Dashboard, in the order CDE lists the indicators. */
    public static List<IndicatorTable> dashboard2023() {
        return List.of(chronicAbsence(), suspension(), elaDistanceFromStandard(), mathDistanceFromStandard(),
                graduation(), englishLearnerProgress(), collegeCareer());
    }

    /** Chronic absenteeism, grades K-8. Checked: status, change and grid. */
    public static IndicatorTable chronicAbsence() {
        return IndicatorTable.colored("chronic_absence", Unit.PERCENT,
                CutScale.of(STATUS, "2.5", "5.0", "10.0", "20.0"),
                CutScale.of(CHANGE, "-3.0", "-0.5", "0.4", "3.0"),
                ColorGrid.lowerIsBetter(), TABLES_2023 + "; same cuts on the 2024 five-by-five placement report");
    }

    /** Suspension rate, school level. Checked: status and change cuts (2024 placement report). */
    public static IndicatorTable suspension() {
        return IndicatorTable.colored("suspension", Unit.PERCENT,
                CutScale.of(STATUS, "0.5", "1.5", "6.0", "10.0"),
                CutScale.of(CHANGE, "-2.0", "-0.3", "0.2", "3.0"),
                ColorGrid.lowerIsBetter(), "CDE, five-by-five placement report, suspension rate, 2024"
                        + " (https://www6.cde.ca.gov/californiamodel/grid?indicator=susp&year=2024)");
    }

    /** ELA Distance From Standard, grades 3-8 and 11 (points). To check against the 2023 tables. */
    public static IndicatorTable elaDistanceFromStandard() {
        return IndicatorTable.colored("ela_dfs", Unit.POINTS,
                CutScale.of(STATUS, "-70.1", "-5.1", "9.9", "44.9"),
                CutScale.of(CHANGE, "-15.1", "-3.0", "2.9", "14.9"),
                ColorGrid.higherIsBetter(), TABLES_2023 + " (to verify)");
    }

    /** Mathematics Distance From Standard (points). To check against the 2023 tables. */
    public static IndicatorTable mathDistanceFromStandard() {
        return IndicatorTable.colored("math_dfs", Unit.POINTS,
                CutScale.of(STATUS, "-95.1", "-25.1", "-0.1", "34.9"),
                CutScale.of(CHANGE, "-15.1", "-3.0", "2.9", "14.9"),
                ColorGrid.higherIsBetter(), TABLES_2023 + " (to verify)");
    }

    /** Combined four- and five-year graduation rate. To check against the 2023 tables. */
    public static IndicatorTable graduation() {
        return IndicatorTable.colored("grad_4yr", Unit.PERCENT,
                CutScale.of(STATUS, "67.9", "79.9", "90.4", "94.9"),
                CutScale.of(CHANGE, "-5.1", "-1.0", "0.9", "4.9"),
                ColorGrid.higherIsBetter(), TABLES_2023 + " (to verify)");
    }

    /** English Learner Progress Indicator. To check against the 2023 tables. */
    public static IndicatorTable englishLearnerProgress() {
        return IndicatorTable.colored("elp_progress", Unit.PERCENT,
                CutScale.of(STATUS, "34.9", "44.9", "54.9", "64.9"),
                CutScale.of(CHANGE, "-10.0", "-2.0", "1.9", "9.9"),
                ColorGrid.higherIsBetter(), TABLES_2023 + " (to verify)");
    }

    /** College/Career: status only in 2023 (CSBA, Feb 2024: "the only indicator without a color"). */
    public static IndicatorTable collegeCareer() {
        return IndicatorTable.statusOnly("college_career", Unit.PERCENT,
                CutScale.of(STATUS, "9.9", "34.9", "54.9", "69.9"), TABLES_2023 + " (to verify)");
    }

    /**
     * ELA (grades 3-8) as published for the 2017 Dashboard, kept because its grid differs from the 2023
     * one (Low status, Maintained: Yellow, not Orange), which shows why a grid is data. Checked: status,
     * change and grid (2017 five-by-five placement report).
     */
    public static IndicatorTable elaDistanceFromStandard2017() {
        ColorGrid grid = new ColorGrid(List.of(
                List.of(RED, RED, RED, ORANGE, YELLOW),
                List.of(RED, ORANGE, YELLOW, YELLOW, YELLOW),
                List.of(ORANGE, ORANGE, YELLOW, GREEN, GREEN),
                List.of(ORANGE, YELLOW, GREEN, GREEN, BLUE),
                List.of(YELLOW, GREEN, BLUE, BLUE, BLUE)));
        return IndicatorTable.colored("ela_dfs", Unit.POINTS,
                CutScale.of(STATUS, "-70.1", "-5.1", "9.9", "44.9"),
                CutScale.of(CHANGE, "-15.1", "-1.0", "6.9", "19.9"),
                grid, "CDE, five-by-five placement report, English Language Arts (grades 3-8), 2017"
                        + " (https://www6.cde.ca.gov/californiamodel/grid?indicator=ela&year=2017s)");
    }
}
