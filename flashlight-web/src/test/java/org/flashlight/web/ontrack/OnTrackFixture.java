package org.flashlight.web.ontrack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small state written by hand: three schools in two districts, a score folder, a report folder and an access
 * file. Expected values in the tests are worked out from these lines by hand.
 * <ul>
 * <li>Alder High (S1, district D1): ST2 newly below the threshold (62% in October, 31% in January) is listed
 * first, then ST1 (20%, the lower probability but not new); ST3 (90%) is not listed.</li>
 * <li>Birch High (S2, D1): ST5. Cedar Middle (S3, D2): ST9 (risk diagnostic).</li>
 * </ul>
 */
public final class OnTrackFixture {
    public static final String SCHOOLS = """
            school_year,school_id,school_name,district_id,district_name
            2024,S1,Alder High (old name),D1,North District
            2025,S1,Alder High,D1,North District
            2025,S2,Birch High,D1,North District
            2025,S3,Cedar Middle,D2,South District
            """;
    public static final String STUDENTS = """
            school_year,student_id,school_id,indicator,checkpoint_month,probability,previous_probability,change,rule_met,flags,top_factors,p_graduation,p_college_enrollment,p_a_g_completion
            2025,ST9,S3,risk_diagnostic,12,0.3000,,,false,attendance;gpa,g8_attendance:-0.400|g8_gpa:-0.300|g8_ela_score:+0.100,0.7000,0.4000,0.2000
            2025,ST1,S1,progress_monitoring,4,0.2500,,,false,gpa,g9_term_gpa:-0.600,0.6000,0.3000,0.2000
            2025,ST2,S1,progress_monitoring,4,0.6200,,,true,,g8_gpa:+0.200,0.9000,0.7000,0.5000
            2025,ST2,S1,progress_monitoring,7,0.3100,0.6200,-0.3100,false,no_d_or_f,g9_d_or_f_marks:-0.520|g9_attendance:-0.310|g8_gpa:+0.200,0.8100,0.5500,0.4000
            2025,ST3,S1,progress_monitoring,4,0.9000,,,true,,g8_gpa:+0.900,0.9900,0.9000,0.8000
            2025,ST5,S2,progress_monitoring,4,0.4000,,,true,,g8_math_score:-0.200,0.8000,0.5000,0.3000
            2025,ST1,S1,end_of_year,12,0.2000,0.2500,-0.0500,false,gpa,g9_gpa:-0.700,0.5500,0.2500,0.1500
            """;
    public static final String SUPPORT = """
            school_id,school_year,student_id,indicator,checkpoint_month,probability,previous_probability,reasons,why,strengths
            S1,2025,ST2,progress_monitoring,7,0.3100,0.6200,newly_below_threshold;newly_off_track;below_threshold,newly below the threshold since the last update; newly off track on the 9th-grade rule since the last update; probability below the threshold; 1 D or F: D in math (q2); grade 9 attendance so far 88.2% (lowers),grade 8 GPA 3.10 (raises)
            S1,2025,ST1,end_of_year,12,0.2000,0.2500,below_threshold,"probability below the threshold; GPA 2.10 (below 2.5)","no D or F; grade 9 attendance so far 97.0% (raises)"
            S2,2025,ST5,progress_monitoring,4,0.4000,,below_threshold,probability below the threshold,no D or F
            S3,2025,ST9,risk_diagnostic,12,0.3000,,below_threshold,probability below the threshold; attendance 90.0% (below 96%),grade 8 ELA score (sd from the state mean) 0.40 (raises)
            """;
    /** District D1, end of year: the target group's and the rest's mean probability, rule share and change. */
    public static final String ROLLUP = """
            school_year,level,entity_id,indicator,student_group,students,mean_probability,below_threshold,rule_met,mean_probability_first_update,change_over_year
            2025,district,D1,end_of_year,all,100,0.5500,0.3000,0.7000,0.5000,0.0500
            2025,district,D1,end_of_year,not_target_group,60,0.6200,0.2000,0.7667,0.5500,0.0700
            2025,district,D1,end_of_year,target_group,40,0.4500,0.4500,0.6000,0.4200,0.0300
            2025,district,D2,risk_diagnostic,all,30,0.6000,0.2000,0.5000,0.6000,0.0000
            2025,school,S1,end_of_year,all,50,0.5200,0.3200,0.6800,0.5000,0.0200
            2025,state,state,end_of_year,all,130,0.5600,0.2900,0.6900,0.5100,0.0500
            """;
    /** gap_tables.csv: D1's 9th-grade no-D-or-F gap was -28.0 points in 2024 and is -25.0 in 2025. */
    public static final String GAPS = """
            metric,school_year,level,entity_id,group,group_percent,group_n,comparison,comparison_percent,comparison_n,gap_points,gap_points_prior_year,gap_change
            ninth_grade_no_df,2024,district,D1,target_group,30.0,50,not_target_group,58.0,100,-28.0,,
            ninth_grade_no_df,2025,district,D1,target_group,34.0,50,not_target_group,59.0,100,-25.0,-28.0,3.0
            """;
    /** group_rates.csv: D1's 9th-grade on-track, 17 of 50 target-group students and 61 of 100 others. */
    public static final String RATES = """
            metric,school_year,level,entity_id,student_group,numerator,denominator,percent,percent_prior_year,change_points
            ninth_grade_on_track,2025,district,D1,all,78,150,52.0,50.0,2.0
            ninth_grade_on_track,2025,district,D1,target_group,17,50,34.0,31.0,3.0
            ninth_grade_on_track,2025,district,D1,not_target_group,61,100,61.0,59.5,1.5
            """;

    /** The folders written and each user's password. */
    public record Written(Path scores, Path report, Path access, Map<String, String> passwords) {
        public OnTrackData data() {
            return OnTrackData.read(scores, java.util.Optional.of(report), java.util.Optional.empty());
        }
    }

    private OnTrackFixture() {
    }

    public static Written write(Path folder) throws IOException {
        Path scores = Files.createDirectories(folder.resolve("scores"));
        Path report = Files.createDirectories(folder.resolve("report"));
        write(scores.resolve("schools.csv"), SCHOOLS);
        write(scores.resolve("student_ontrack.csv"), STUDENTS);
        write(scores.resolve("support_lists.csv"), SUPPORT);
        write(scores.resolve("ontrack_rollup.csv"), ROLLUP);
        write(report.resolve("gap_tables.csv"), GAPS);
        write(report.resolve("group_rates.csv"), RATES);
        Path access = folder.resolve("access.csv");
        Map<String, String> passwords = new TreeMap<>();
        passwords.put("alder", AccessFile.grant(access, "alder", Scope.parse("school:S1")));
        passwords.put("north", AccessFile.grant(access, "north", Scope.parse("district:D1")));
        passwords.put("state", AccessFile.grant(access, "state", Scope.parse("state")));
        return new Written(scores, report, access, passwords);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
