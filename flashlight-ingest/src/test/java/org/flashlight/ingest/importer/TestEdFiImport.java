package org.flashlight.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ed-Fi import on a small set of interchange files written here: one district, an elementary and a high
 * school, three students, no enrollment interchange (as in the Grand Bend sample).
 */
class TestEdFiImport {
    private static final String NS = "xmlns=\"http://ed-fi.org/5.2.0\"";
    private static final String D = "uri://ed-fi.org/";

    @TempDir
    Path temp;
    private Path out;
    private ImportSummary summary;

    private static String student(String id) {
        return "<StudentReference><StudentIdentity><StudentUniqueId>" + id
                + "</StudentUniqueId></StudentIdentity></StudentReference>";
    }

    private static String school(String element, String id) {
        return "<" + element + "><SchoolIdentity><SchoolId>" + id + "</SchoolId></SchoolIdentity></" + element + ">";
    }

    private static String grade(String name) {
        return D + "GradeLevelDescriptor#" + name;
    }

    @BeforeEach
    void importTheFiles() throws IOException {
        Path source = Files.createDirectories(temp.resolve("source/xml"));
        Files.writeString(source.resolve("EducationOrganization.xml"), "<InterchangeEducationOrganization " + NS + ">"
                + "<LocalEducationAgency id=\"LEAG_1\"><NameOfInstitution>Test ISD</NameOfInstitution>"
                + "<LocalEducationAgencyId>1</LocalEducationAgencyId></LocalEducationAgency>"
                + "<School><NameOfInstitution>Test Elementary</NameOfInstitution><SchoolId>100</SchoolId>"
                + "<GradeLevel>" + grade("Third grade") + "</GradeLevel><GradeLevel>" + grade("Fifth grade")
                + "</GradeLevel><GradeLevel>" + grade("Fourth grade") + "</GradeLevel>"
                + "<SchoolCategory>" + D + "SchoolCategoryDescriptor#Elementary School</SchoolCategory>"
                + "<CharterStatus>" + D + "CharterStatusDescriptor#Not a Charter School</CharterStatus>"
                + "<TitleIPartASchoolDesignation>" + D + "TitleIPartASchoolDesignationDescriptor#Title I Schoolwide "
                + "School</TitleIPartASchoolDesignation><LocalEducationAgencyReference ref=\"LEAG_1\">"
                + "</LocalEducationAgencyReference></School>"
                + "<School><NameOfInstitution>Test High</NameOfInstitution><SchoolId>200</SchoolId>"
                + "<GradeLevel>" + grade("Eleventh grade") + "</GradeLevel><GradeLevel>" + grade("Twelfth grade")
                + "</GradeLevel><CharterStatus>" + D + "CharterStatusDescriptor#Open Enrollment Charter School"
                + "</CharterStatus><TitleIPartASchoolDesignation>" + D + "TitleIPartASchoolDesignationDescriptor#Not A "
                + "Title I School</TitleIPartASchoolDesignation><LocalEducationAgencyReference ref=\"LEAG_1\">"
                + "</LocalEducationAgencyReference></School>"
                + "<Course><CourseCode>ALG1</CourseCode></Course></InterchangeEducationOrganization>");
        Files.writeString(source.resolve("Student.xml"), "<InterchangeStudent " + NS + ">"
                + "<Student><StudentUniqueId>S1</StudentUniqueId><BirthData><BirthDate>2011-03-04</BirthDate>"
                + "<BirthSex>" + D + "SexDescriptor#Female</BirthSex></BirthData></Student>"
                + "<Student><StudentUniqueId>S2</StudentUniqueId><BirthData><BirthDate>2011-05-06</BirthDate>"
                + "</BirthData></Student>"
                + "<Student><StudentUniqueId>S3</StudentUniqueId><BirthData><BirthDate>2004-01-02</BirthDate>"
                + "</BirthData></Student></InterchangeStudent>");
        Files.writeString(source.resolve("StudentProgram.xml"), "<InterchangeStudentProgram " + NS + ">"
                // S1: in an English-language program that ended during 2021-22, reduced-price lunch
                + "<StudentLanguageInstructionProgramAssociation>" + student("S1") + "<BeginDate>2021-08-30</BeginDate>"
                + "<EndDate>2021-10-01</EndDate></StudentLanguageInstructionProgramAssociation>"
                + "<StudentSchoolFoodServiceProgramAssociation>" + student("S1") + "<BeginDate>2021-08-30</BeginDate>"
                + "<SchoolFoodServiceProgramService><SchoolFoodServiceProgramService>" + D
                + "SchoolFoodServiceProgramServiceDescriptor#Reduced Price Lunch</SchoolFoodServiceProgramService>"
                + "</SchoolFoodServiceProgramService></StudentSchoolFoodServiceProgramAssociation>"
                // S2: special education only from the next school year; homeless this year
                + "<StudentSpecialEducationProgramAssociation>" + student("S2") + "<BeginDate>2022-08-30</BeginDate>"
                + "</StudentSpecialEducationProgramAssociation>"
                + "<StudentHomelessProgramAssociation>" + student("S2") + "<BeginDate>2021-08-30</BeginDate>"
                + "</StudentHomelessProgramAssociation></InterchangeStudentProgram>");
        String session = "<SessionReference><SessionIdentity><SchoolYear>2021-2022</SchoolYear></SessionIdentity>"
                + "</SessionReference>";
        Files.writeString(source.resolve("StudentSchoolAttendance.xml"), "<InterchangeStudentAttendance " + NS + ">"
                + "<StudentSchoolAttendanceEvent>" + student("S1") + school("SchoolReference", "100") + session
                + "<AttendanceEvent><EventDate>2021-09-14</EventDate></AttendanceEvent></StudentSchoolAttendanceEvent>"
                + "<StudentSchoolAttendanceEvent>" + student("S2") + school("SchoolReference", "100") + session
                + "</StudentSchoolAttendanceEvent>"
                + "<StudentSchoolAttendanceEvent>" + student("S2") + school("SchoolReference", "200") + session
                + "</StudentSchoolAttendanceEvent></InterchangeStudentAttendance>");
        String raw = D + "AssessmentReportingMethodDescriptor#Raw score";
        Files.writeString(source.resolve("AssessmentMetadata.xml"), "<InterchangeAssessmentMetadata " + NS + ">"
                + "<Assessment><AssessmentIdentifier>SA-Reading-5</AssessmentIdentifier>"
                + "<AssessmentTitle>State Assessment</AssessmentTitle>"
                + "<AcademicSubject>" + D + "AcademicSubjectDescriptor#Reading</AcademicSubject>"
                + "<AssessedGradeLevel>" + grade("Fifth grade") + "</AssessedGradeLevel>"
                + "<AssessmentScore><AssessmentReportingMethod>" + raw + "</AssessmentReportingMethod>"
                + "<MinimumScore>0</MinimumScore><MaximumScore>40</MaximumScore></AssessmentScore>"
                + level("Did Not Meet Standard", 0) + level("Advanced", 35) + level("Met Standard", 21)
                + "</Assessment></InterchangeAssessmentMetadata>");
        Files.writeString(source.resolve("StudentAssessment.xml"), "<InterchangeStudentAssessment " + NS + ">"
                + result("S1", "SA-Reading-5", "Fifth grade", "2022-04-05T09:00:00", "25", raw,
                        "<PerformanceLevel><PerformanceLevel>" + D + "PerformanceLevelDescriptor#Met Standard"
                        + "</PerformanceLevel><AssessmentReportingMethod>" + raw + "</AssessmentReportingMethod>"
                        + "</PerformanceLevel>")
                + result("S2", "SA-Reading-5", "Fifth grade", "2022-04-05", "30", raw, "")
                + result("S3", "ACT Composite", "Twelfth grade", "2021-12-01T16:00:00", "22",
                        D + "AssessmentReportingMethodDescriptor#Composite Score", "")
                + result("S3", "ACT Science", "Twelfth grade", "2021-12-01T16:00:00", "20",
                        D + "AssessmentReportingMethodDescriptor#Scale score", "")
                + "</InterchangeStudentAssessment>");
        Files.writeString(source.resolve("StudentDiscipline.xml"), "<InterchangeStudentDiscipline " + NS + ">"
                + "<DisciplineIncident><IncidentIdentifier>7</IncidentIdentifier><IncidentDate>2022-02-08"
                + "</IncidentDate>" + school("SchoolReference", "100") + "</DisciplineIncident>"
                + "<DisciplineAction><Discipline>" + D + "DisciplineDescriptor#Out of School Suspension</Discipline>"
                + "<DisciplineDate>2022-02-09</DisciplineDate><DisciplineActionLength>3</DisciplineActionLength>"
                + "<ActualDisciplineActionLength>2</ActualDisciplineActionLength>" + student("S1")
                + school("ResponsibilitySchoolReference", "100")
                + "<StudentDisciplineIncidentBehaviorAssociationReference>"
                + "<StudentDisciplineIncidentBehaviorAssociationIdentity><DisciplineIncidentReference>"
                + "<DisciplineIncidentIdentity><IncidentIdentifier>7</IncidentIdentifier>"
                + school("SchoolReference", "100") + "</DisciplineIncidentIdentity></DisciplineIncidentReference>"
                + "</StudentDisciplineIncidentBehaviorAssociationIdentity>"
                + "</StudentDisciplineIncidentBehaviorAssociationReference></DisciplineAction>"
                + "</InterchangeStudentDiscipline>");
        out = Files.createDirectories(temp.resolve("bundle"));
        summary = EdFiImport.run(temp.resolve("source"), out);
    }

    private static String level(String name, int minimum) {
        return "<AssessmentPerformanceLevel><PerformanceLevel>" + D + "PerformanceLevelDescriptor#" + name
                + "</PerformanceLevel><AssessmentReportingMethod>" + D + "AssessmentReportingMethodDescriptor#Raw score"
                + "</AssessmentReportingMethod><MinimumScore>" + minimum + "</MinimumScore></AssessmentPerformanceLevel>";
    }

    private static String result(String student, String assessment, String gradeName, String date, String score,
            String method, String level) {
        return "<StudentAssessment><AdministrationDate>" + date + "</AdministrationDate><ScoreResult><Result>" + score
                + "</Result><AssessmentReportingMethod>" + method + "</AssessmentReportingMethod></ScoreResult>"
                + "<WhenAssessedGradeLevel>" + grade(gradeName) + "</WhenAssessedGradeLevel>" + level
                + student(student) + "<AssessmentReference><AssessmentIdentity><AssessmentIdentifier>" + assessment
                + "</AssessmentIdentifier></AssessmentIdentity></AssessmentReference>"
                + "<SchoolYear>2021-2022</SchoolYear></StudentAssessment>";
    }

    private java.util.List<String> lines(String file) throws IOException {
        return Files.readAllLines(out.resolve(file));
    }

    @Test
    void schoolsTakeTheirDistrictGradesTypeTitleIAndCharterFromTheInterchange() throws IOException {
        // the high school has no SchoolCategory: 11-12 is "high" by its grades
        assertThat(lines("schools.csv")).containsExactly(
                "school_year,school_id,school_name,district_id,district_name,grade_low,grade_high,school_type,title_i,"
                        + "charter,cep",
                "2022,100,Test Elementary,1,Test ISD,3,5,elementary,true,false,false",
                "2022,200,Test High,1,Test ISD,11,12,high,false,true,false");
    }

    @Test
    void programAssociationsOverlappingTheYearAreTheStudentsFlags() throws IOException {
        // columns: school_year,student_id,birth_date,sex,race_ethnicity,el_status,el_entry_date,reclassified_date,
        // swd,frl,direct_certified,tanf,snap,foster_care,homeless,migrant
        assertThat(lines("students.csv")).containsExactly(lines("students.csv").get(0),
                "2022,S1,2011-03-04,f,,el,,,false,true,,,,,false,false",
                "2022,S2,2011-05-06,,,,,,false,false,,,,,true,false",
                "2022,S3,2004-01-02,,,,,,false,false,,,,,false,false");
    }

    @Test
    void staysAreInferredInTheAssessedGradeAtSchoolsWithEvidenceThatOfferIt() throws IOException {
        // S1: attendance at 100, assessed in grade 5; S2: attendance at 100 and 200, grade 5 only at 100;
        // S3: no attendance, ACT in grade 12: the only school offering grade 12 is 200
        assertThat(lines("enrollments.csv")).containsExactly(lines("enrollments.csv").get(0),
                "2022,S1,100,5,2021-07-01,,,0,0",
                "2022,S2,100,5,2021-07-01,,,0,0",
                "2022,S3,200,12,2021-07-01,,,0,0");
        assertThat(summary.notes()).contains(
                "enrollments.csv: no stay written: the assessed grade is not offered by the school (1 time)");
    }

    @Test
    void stateResultsAreRawScoresWithTheRecordsLevelAndCollegeEntranceGoesToTheBuiltInTests() throws IOException {
        // S2 has two schools that year: no single school, so no row
        assertThat(lines("assessments.csv")).containsExactly(lines("assessments.csv").get(0),
                "2022,S1,100,state_assessment,ela,5,2022-04-05,25,2,tested,false",
                "2022,S3,200,act,composite,12,2021-12-01,22,,tested,false");
        // levels sorted by minimum raw score: Did Not Meet 0, Met 21, Advanced 35; proficient = Met = 2
        assertThat(lines("tests.csv")).containsExactly(lines("tests.csv").get(0),
                "state_assessment,ela,5,0,40,3,2,21,35,,"); // cut_4 and cut_5 empty
        assertThat(summary.notes()).contains(
                "assessments.csv: ACT Science results are not written (no contract test and subject for it) (1 time)");
    }

    @Test
    void aDisciplineActionTakesItsIncidentsDateAndActualLength() throws IOException {
        assertThat(lines("discipline.csv")).containsExactly(lines("discipline.csv").get(0),
                "2022,S1,100,2022-02-08,suspension_out_of_school,2");
    }

    @Test
    void entityTypesThatAreNotMappedAreCounted() {
        assertThat(summary.notes()).contains("Ed-Fi Course entities are not mapped (docs/importing.md) (1 time)");
        assertThat(summary.recordsRead()).containsEntry("EducationOrganization.xml", 4L);
    }

    @Test
    void aFolderWithoutInterchangeFilesIsAnImportError() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> EdFiImport.run(empty, out)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no Ed-Fi interchange .xml files");
    }
}
