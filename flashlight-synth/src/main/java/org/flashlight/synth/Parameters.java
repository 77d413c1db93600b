package org.flashlight.synth;

import java.util.List;
import java.util.Objects;

/**
 * Every number of the generative model in one place, grouped by sub-model. docs/generator.md
 * documents each one with its default and the reason for it; a change here is a change there.
 * Immutable.
 */
public record Parameters(Layout layout, Population population, Demographics demographics, EnglishLearners englishLearners,
        Achievement achievement, Testing testing, Attendance attendance, Discipline discipline, Courses courses,
        Progression progression, Surveys surveys, ClassObservations classObservations, Postsecondary postsecondary) {

    public Parameters {
        Objects.requireNonNull(layout, "layout is null");
        Objects.requireNonNull(population, "population is null");
        Objects.requireNonNull(demographics, "demographics is null");
        Objects.requireNonNull(englishLearners, "englishLearners is null");
        Objects.requireNonNull(achievement, "achievement is null");
        Objects.requireNonNull(testing, "testing is null");
        Objects.requireNonNull(attendance, "attendance is null");
        Objects.requireNonNull(discipline, "discipline is null");
        Objects.requireNonNull(courses, "courses is null");
        Objects.requireNonNull(progression, "progression is null");
        Objects.requireNonNull(surveys, "surveys is null");
        Objects.requireNonNull(classObservations, "classObservations is null");
        Objects.requireNonNull(postsecondary, "postsecondary is null");
    }

    public static Parameters defaults() {
        return new Parameters(Layout.defaults(), Population.defaults(), Demographics.defaults(),
                EnglishLearners.defaults(), Achievement.defaults(), Testing.defaults(), Attendance.defaults(),
                Discipline.defaults(), Courses.defaults(), Progression.defaults(), Surveys.defaults(),
                ClassObservations.defaults(), Postsecondary.defaults());
    }

    /** These parameters with another state test family (sbac, parcc or mcas). */
    public Parameters withTestFamily(TestFamily family) {
        Testing t = testing;
        return new Parameters(layout, population, demographics, englishLearners, achievement,
                new Testing(family, t.absentRate(), t.refusedRate(), t.refusedRateGrade11(), t.medicalRate(),
                        t.notTestedOtherRate(), t.chronicAbsenceNonParticipationFactor(),
                        t.highSchoolScienceGrades(), t.satGrade11Rate(), t.satGrade12RetakeRate(), t.actRate(),
                        t.apExamRate(), t.noLevelCenter(), t.examRangeSds(), t.apTakerMean(), t.ibTakerMean(),
                        t.testWindowStart(), t.testWindowDays()),
                attendance, discipline, courses, progression, surveys, classObservations, postsecondary);
    }

    /**
     * Districts, schools and calendars.
     *
     * @param studentsPerDistrict      one district per this many students (at least {@code minDistricts})
     * @param minDistricts             fewest districts in a state of 10,000 students or more
     * @param urbanShare               share of students in the one large urban district
     * @param midSizeDistrictShare     mid-size districts as a share of all districts (at least 3 of them)
     * @param midSizeStudentShare      share of students in the mid-size districts
     * @param smallDistrictSpread      sigma of the log-normal sizes of the small districts
     * @param elementarySize           planned students of an elementary school (PK/KG-5)
     * @param middleSize               planned students of a middle school (6-8)
     * @param highSize                 planned students of a high school (9-12)
     * @param schoolSizeSpread         sigma of the log-normal variation of planned school sizes
     * @param k12DistrictMaxStudents   districts up to this size run one K-12 school
     * @param twoSchoolMaxStudents     districts up to this size run a K-8 and a high school
     * @param urbanK8Share             share of the urban district's elementary schools that are K-8
     * @param urbanCharterShare        share of the urban district's schools that are charter schools
     * @param midSizeCharterChance     chance a mid-size district has charter schools
     * @param midSizeCharterShare      charter schools of such a district as a share of its other schools (at least one)
     * @param charterLeaShare          share of the small districts that are single charter schools (their own LEA)
     * @param charterHighChoice        chance a student entering grade 9 in a district with a charter high school picks it
     * @param studentsPerAlternative   a mid-size or urban district has one alternative school per this many students
     * @param alternativeSize          planned students of an alternative school
     * @param prekShare                share of elementary, K-8 and K-12 schools that serve pre-K
     * @param urbanPovertyMean         mean poverty share of the urban district's attendance zones
     * @param midSizePovertyMean       mean poverty share of mid-size districts' zones
     * @param smallPovertyMean         mean poverty share of small districts' zones
     * @param districtPovertySpread    sd of a district's mean poverty share around its kind's mean
     * @param povertyConcentration     concentration (a + b) of the Beta distribution of zone poverty shares
     * @param titleIThreshold          a school with a planned poverty share at or above this receives Title I
     * @param cepThreshold             a school whose planned direct-certification share is at or above this is CEP
     * @param ibShare                  share of high schools that run an IB program
     * @param calendarVariants         districts start the year 0..variants-1 weeks after the base start
     * @param instructionalDays        instructional days per year
     * @param emptyYearEndExitShare    share of districts that leave exit_date and exit_code empty at year end
     */
    public record Layout(double studentsPerDistrict, int minDistricts, double urbanShare, double midSizeDistrictShare,
            double midSizeStudentShare, double smallDistrictSpread, double elementarySize, double middleSize,
            double highSize, double schoolSizeSpread, double k12DistrictMaxStudents, double twoSchoolMaxStudents,
            double urbanK8Share, double urbanCharterShare, double midSizeCharterChance, double midSizeCharterShare,
            double charterLeaShare, double charterHighChoice,
            double studentsPerAlternative, double alternativeSize, double prekShare, double urbanPovertyMean,
            double midSizePovertyMean, double smallPovertyMean, double districtPovertySpread,
            double povertyConcentration, double titleIThreshold, double cepThreshold, double ibShare,
            int calendarVariants, int instructionalDays, double emptyYearEndExitShare) {
        public static Layout defaults() {
            return new Layout(2_500, 40, 0.17, 0.04, 0.33, 0.9, 420, 700, 1_200, 0.3, 500, 1_200,
                    0.15, 0.20, 0.6, 0.06, 0.12, 0.10, 15_000, 120, 0.7, 0.70, 0.50, 0.46, 0.08, 6, 0.40, 0.40, 0.05,
                    3, 180, 0.2);
        }
    }

    /**
     * Who is in the state when: cohorts, arrivals, departures and moves.
     *
     * @param enrolledPerCohortMember  expected school years enrolled in one bundle year per cohort member
     *                                 (calibrates cohort size to the requested student count)
     * @param prekAttendance           chance a child attends public pre-K where the zone school offers it
     * @param redshirtShare            share who start kindergarten a year late
     * @param arrivalShare             share of a cohort who arrive from out of state after kindergarten
     * @param midYearArrivalShare      share of arrivals who arrive during the school year (not in the summer)
     * @param leaveSummer              yearly chance of leaving the state over the summer
     * @param leaveMidYear             yearly chance of leaving the state during the school year
     * @param emigratedShare           share of leavers who leave the country (cohort outcome emigrated)
     * @param summerMoveWithinDistrict yearly chance of moving to another zone of the same district over the summer
     * @param summerMoveOtherDistrict  yearly chance of moving to another district over the summer
     * @param midYearMove              yearly chance of a mid-year move to another school (not poor, housed)
     * @param midYearMovePovertyFactor multiplier of the mid-year move chance for poor students
     * @param midYearMoveHomelessFactor multiplier of the mid-year move chance for homeless students
     * @param secondMoveShare          share of mid-year movers who move again in the same year
     * @param moveWithinDistrictShare  share of mid-year moves that stay in the district
     * @param crossDistrictGapDays     most instructional days between leaving one district and entering another
     * @param deathRate                yearly mortality of school-age children
     * @param femaleShare              share of students with sex f
     * @param nonBinaryShare           share of students with sex x
     */
    public record Population(double enrolledPerCohortMember, double prekAttendance, double redshirtShare,
            double arrivalShare, double midYearArrivalShare, double leaveSummer, double leaveMidYear,
            double emigratedShare, double summerMoveWithinDistrict, double summerMoveOtherDistrict, double midYearMove,
            double midYearMovePovertyFactor, double midYearMoveHomelessFactor, double secondMoveShare,
            double moveWithinDistrictShare, int crossDistrictGapDays, double deathRate, double femaleShare,
            double nonBinaryShare) {
        public static Population defaults() {
            return new Population(10.3, 0.55, 0.04, 0.24, 0.35, 0.015, 0.008, 0.12, 0.05, 0.03, 0.035, 1.8, 2.5, 0.15,
                    0.6, 8, 0.0003, 0.487, 0.003);
        }
    }

    /**
     * Race and ethnicity, poverty and programs, disabilities.
     *
     * @param stateRace            race/ethnicity shares of the state before district variation, in the order
     *                             hispanic, american_indian, asian, black, pacific_islander, white, two_or_more
     * @param urbanRace            shares of the urban district
     * @param ruralRace            shares of small (rural) districts
     * @param tribalDistrictShare  share of small districts that are mostly American Indian
     * @param districtRaceConcentration Dirichlet concentration of a district's shares around its kind's shares
     * @param raceSegregation      per race, how strongly its share rises with a zone's poverty share
     * @param racePovertyShift     per race, shift of the log-odds of poverty within a zone
     * @param povertyExitRate      yearly chance a poor family is no longer poor (entry balances it)
     * @param snapGivenPoor        share of poor students whose household gets SNAP
     * @param tanfGivenPoor        share of poor students whose household gets TANF
     * @param medicaidCertGivenPoor share of other poor students directly certified through Medicaid
     * @param frlFormGivenPoor     share of poor students with an income form (frl) on file
     * @param homelessGivenPoor    yearly chance a poor student is homeless
     * @param homelessGivenNotPoor yearly chance a not-poor student is homeless
     * @param fosterGivenPoor      chance a poor student is in foster care (for the life)
     * @param fosterGivenNotPoor   chance a not-poor student is in foster care
     * @param migrantRural         chance a Hispanic student of a small district is migrant
     * @param swdRate              share of students with an IEP (not poor)
     * @param swdPovertyExtra      additional IEP share among poor students
     * @param swdMaleFactor        relative IEP rate of boys
     * @param severeShareOfSwd     share of students with an IEP who have significant cognitive disabilities
     */
    public record Demographics(List<Double> stateRace, List<Double> urbanRace, List<Double> ruralRace,
            double tribalDistrictShare, double districtRaceConcentration, List<Double> raceSegregation,
            List<Double> racePovertyShift, double povertyExitRate, double snapGivenPoor, double tanfGivenPoor,
            double medicaidCertGivenPoor, double frlFormGivenPoor, double homelessGivenPoor,
            double homelessGivenNotPoor, double fosterGivenPoor, double fosterGivenNotPoor, double migrantRural,
            double swdRate, double swdPovertyExtra, double swdMaleFactor, double severeShareOfSwd) {
        public Demographics {
            stateRace = List.copyOf(stateRace);
            urbanRace = List.copyOf(urbanRace);
            ruralRace = List.copyOf(ruralRace);
            raceSegregation = List.copyOf(raceSegregation);
            racePovertyShift = List.copyOf(racePovertyShift);
        }

        public static Demographics defaults() {
            return new Demographics(
                    List.of(0.30, 0.01, 0.08, 0.13, 0.005, 0.425, 0.05),
                    List.of(0.42, 0.005, 0.08, 0.30, 0.005, 0.14, 0.05),
                    List.of(0.16, 0.03, 0.02, 0.04, 0.002, 0.71, 0.038),
                    0.06, 40,
                    List.of(1.5, 1.0, -0.8, 2.0, 0.5, -1.8, 0.0),
                    List.of(0.45, 0.5, -0.35, 0.55, 0.3, -0.45, 0.0),
                    0.08, 0.55, 0.12, 0.10, 0.75, 0.05, 0.004, 0.012, 0.002, 0.06,
                    0.115, 0.04, 1.4, 0.08);
        }
    }

    /**
     * English learners.
     *
     * @param languageMinorityByRace  per race (contract order), share whose home language is not English
     * @param elGivenLanguageMinority share of language-minority kindergartners identified as EL (the rest IFEP)
     * @param newcomerElShare         share of language-minority arrivals after kindergarten who are EL
     * @param proficiencyStartMean    mean latent English proficiency of a newly identified EL
     * @param proficiencyStartSd      its sd
     * @param proficiencyGrowthMean   mean yearly growth of English proficiency
     * @param proficiencyGrowthSd     sd of a student's own growth rate
     * @param swdGrowthFactor         growth rate multiplier for ELs with an IEP
     * @param proficientLatent        the latent English proficiency at the ELP test's proficient cut
     * @param proficiencyCutSpanSds   the ELP test's lowest to highest cut spans this many sds of latent proficiency
     * @param reclassifyReady         yearly chance of reclassification when the last ELP score was proficient and ELA is near standard
     * @param reclassifyElpOnly       yearly chance when the ELP score was proficient but ELA is not near standard
     * @param reclassifyOther         yearly chance otherwise (local criteria)
     * @param reclassifyElaThreshold  ELA latent achievement that counts as near standard for reclassification
     * @param tbdArrivalAfterMonth    language-minority students arriving after this month (1-12, spring) are tbd that year
     */
    public record EnglishLearners(List<Double> languageMinorityByRace, double elGivenLanguageMinority,
            double newcomerElShare, double proficiencyStartMean, double proficiencyStartSd, double proficiencyGrowthMean,
            double proficiencyGrowthSd, double swdGrowthFactor, double proficientLatent, double proficiencyCutSpanSds,
            double reclassifyReady,
            double reclassifyElpOnly, double reclassifyOther, double reclassifyElaThreshold, int tbdArrivalAfterMonth) {
        public EnglishLearners {
            languageMinorityByRace = List.copyOf(languageMinorityByRace);
        }

        public static EnglishLearners defaults() {
            return new EnglishLearners(List.of(0.45, 0.10, 0.35, 0.05, 0.20, 0.03, 0.06), 0.72, 0.8,
                    -1.3, 0.6, 0.45, 0.15, 0.55, 1.0, 2.2, 0.70, 0.25, 0.02, -0.6, 2);
        }
    }

    /**
     * Latent achievement (theta, in state standard-deviation units of its grade) and its growth.
     *
     * @param povertyEffect         mean theta difference of a poor student
     * @param zonePovertyEffect     mean theta change per unit of the home zone's poverty share (concentrated poverty)
     * @param swdEffect             mean theta difference of a student with an IEP
     * @param severeEffect          additional difference of a student with significant cognitive disabilities
     * @param elEffectEla           ELA difference while a student is an EL
     * @param elEffectMath          math difference while EL
     * @param elEffectScience       science difference while EL
     * @param personSd              sd of the stable person component
     * @param transientSd           stationary sd of the year-to-year component
     * @param persistence           year-to-year autocorrelation of the transient component
     * @param subjectCorrelation    correlation of the person components across ela, math, science
     * @param transientCorrelation  correlation of the yearly shocks across subjects
     * @param schoolGrowthSd        sd of a school's effect on yearly growth (value added), persistent across years
     * @param schoolGrowthCorrelation correlation of a school's effects across subjects
     * @param measurementSd         sd of a test's measurement error
     * @param proficiencyEla        target share proficient in ELA (places the proficient cut)
     * @param proficiencyMath       target share proficient in math
     * @param proficiencyScience    target share proficient in science
     * @param proficiencyAlternate  target share proficient on the alternate test among its takers
     * @param rangeSds              a test's published scale range spans this many sds of its tested population
     */
    public record Achievement(double povertyEffect, double zonePovertyEffect, double swdEffect, double severeEffect,
            double elEffectEla, double elEffectMath, double elEffectScience, double personSd, double transientSd,
            double persistence, double subjectCorrelation, double transientCorrelation, double schoolGrowthSd,
            double schoolGrowthCorrelation, double measurementSd, double proficiencyEla, double proficiencyMath,
            double proficiencyScience, double proficiencyAlternate, double rangeSds) {
        public static Achievement defaults() {
            return new Achievement(-0.42, -0.55, -0.75, -1.2, -0.5, -0.3, -0.4, 0.72, 0.6, 0.85, 0.8, 0.5, 0.08, 0.6,
                    0.33, 0.48, 0.40, 0.36, 0.35, 6.0);
        }
    }

    /**
     * Which tests are taken and how participation works.
     *
     * @param family                 the state test family
     * @param absentRate             share absent on the test day
     * @param refusedRate            share refusing (opt-outs)
     * @param refusedRateGrade11     share refusing in grade 11
     * @param medicalRate            share with a medical exemption
     * @param notTestedOtherRate     share not tested for other reasons
     * @param chronicAbsenceNonParticipationFactor non-participation multiplier for a chronically absent student
     * @param highSchoolScienceGrades high-school grades to try for the science test, in order
     * @param satGrade11Rate         share of grade-11 students who take the SAT (spring school-day administration)
     * @param satGrade12RetakeRate   share of grade-12 students with a grade-11 SAT who retake it in the fall
     * @param actRate                share of grade-11 students who take the ACT
     * @param apExamRate             share of AP course takers who sit the exam
     * @param noLevelCenter          where the mean score of a test without levels sits in its range (0..1)
     * @param examRangeSds           an AP or IB exam's score range spans this many sds of its takers
     * @param apTakerMean            theta of an AP taker who scores in the middle of the AP range
     * @param ibTakerMean            theta of an IB taker who scores in the middle of the IB range
     * @param testWindowStart        day of April (or May when above 30) the school test window opens
     * @param testWindowDays         calendar days in the school test window
     */
    public record Testing(TestFamily family, double absentRate, double refusedRate, double refusedRateGrade11,
            double medicalRate, double notTestedOtherRate, double chronicAbsenceNonParticipationFactor,
            List<Integer> highSchoolScienceGrades, double satGrade11Rate,
            double satGrade12RetakeRate, double actRate, double apExamRate, double noLevelCenter, double examRangeSds,
            double apTakerMean,
            double ibTakerMean, int testWindowStart, int testWindowDays) {
        public Testing {
            Objects.requireNonNull(family, "family is null");
            highSchoolScienceGrades = List.copyOf(highSchoolScienceGrades);
        }

        public static Testing defaults() {
            return new Testing(TestFamily.SBAC, 0.010, 0.006, 0.03, 0.002, 0.005, 3.0, List.of(10, 11, 9, 12),
                    0.60, 0.35, 0.20, 0.85, 0.52, 3.0, 1.2, 1.0, 13, 42);
        }
    }

    /**
     * Attendance: a student-year absence rate on the log-odds scale.
     *
     * @param baseRate          absence rate of a typical elementary student (the log-odds intercept)
     * @param povertyEffect     log-odds shift of a poor student
     * @param achievementEffect log-odds shift per sd of mean theta
     * @param swdEffect         log-odds shift of a student with an IEP
     * @param homelessEffect    log-odds shift of a homeless student
     * @param gradeEffects      log-odds shift by grade PK, KG, 1..12 (14 values)
     * @param personSd          sd of a student's stable absence propensity
     * @param yearSd            sd of a student's year-to-year variation
     * @param schoolSd          sd of a school's effect
     * @param alternativeEffect log-odds shift at an alternative school
     * @param monthEffects      log-odds shift by month, January..December (12 values)
     * @param monthlyGrades     grades whose attendance_monthly.csv rows are written (low, high)
     */
    public record Attendance(double baseRate, double povertyEffect, double achievementEffect, double swdEffect,
            double homelessEffect, List<Double> gradeEffects, double personSd, double yearSd, double schoolSd,
            double alternativeEffect, List<Double> monthEffects, List<Integer> monthlyGrades) {
        public Attendance {
            gradeEffects = List.copyOf(gradeEffects);
            monthEffects = List.copyOf(monthEffects);
            monthlyGrades = List.copyOf(monthlyGrades);
        }

        public static Attendance defaults() {
            return new Attendance(0.036, 0.45, -0.22, 0.25, 0.6,
                    List.of(0.55, 0.35, 0.1, 0.0, -0.05, -0.05, -0.05, 0.05, 0.1, 0.15, 0.3, 0.35, 0.45, 0.6),
                    0.75, 0.3, 0.25, 1.2,
                    List.of(0.1, 0.15, 0.0, 0.0, 0.2, 0.3, 0.0, -0.25, -0.2, 0.0, 0.0, 0.2),
                    List.of(8, 10));
        }
    }

    /**
     * Discipline: incidents per student-year from a log-linear rate.
     *
     * @param baseRate          yearly incidents of a typical middle-school student
     * @param povertyEffect     log-rate shift of a poor student
     * @param achievementEffect log-rate shift per sd of mean theta
     * @param swdEffect         log-rate shift of a student with an IEP
     * @param maleEffect        log-rate shift of a boy
     * @param absenceEffect     log-rate shift per unit of the absence rate's log-odds above typical
     * @param elementaryEffect  log-rate shift in grades PK-5
     * @param highEffect        log-rate shift in grades 9-12
     * @param personSd          sd of a student's stable propensity
     * @param schoolSd          sd of a school's effect
     * @param alternativeEffect log-rate shift at an alternative school
     * @param actionShares      shares of suspension_in_school, suspension_out_of_school, expulsion (grades 6+), other
     */
    public record Discipline(double baseRate, double povertyEffect, double achievementEffect, double swdEffect,
            double maleEffect, double absenceEffect, double elementaryEffect, double highEffect, double personSd,
            double schoolSd, double alternativeEffect, List<Double> actionShares) {
        public Discipline {
            actionShares = List.copyOf(actionShares);
        }

        public static Discipline defaults() {
            return new Discipline(0.035, 0.5, -0.4, 0.45, 0.6, 0.35, -1.6, -0.2, 1.0, 0.5, 1.0,
                    List.of(0.30, 0.45, 0.015, 0.235));
        }
    }

    /**
     * Course marks: a latent mark per student, course and term, cut into A+..F.
     *
     * @param achievementWeight weight of the subject's theta
     * @param effortSd          sd of a student's stable effort (beyond achievement)
     * @param attendanceWeight  latent change per percentage point of attendance away from 95%
     * @param yearSd            sd of a student's year-to-year variation
     * @param courseSd          sd of a course's variation for a student in a year
     * @param termSd            sd of a term's variation around the course's level
     * @param schoolLeniencySd  sd of a school's grading leniency
     * @param advancedPenalty   latent change in an honors/AP course (harder marks)
     * @param markCuts          latent cuts of the 12 steps D-, D, D+, C-, C, C+, B-, B, B+, A-, A, A+ (F below the first)
     * @param passFailPeShare   share of schools grading PE P/NP
     * @param incompleteRate    share of semester-1 marks that are I (incomplete)
     * @param honorsTheta       theta above which a grade-9/10 student takes the honors course
     * @param apTheta           theta above which a grade-10-12 student takes the AP course
     * @param worldLanguageShare share of high-school students taking a world language
     */
    public record Courses(double achievementWeight, double effortSd, double attendanceWeight, double yearSd,
            double courseSd, double termSd, double schoolLeniencySd, double advancedPenalty, List<Double> markCuts,
            double passFailPeShare, double incompleteRate, double honorsTheta, double apTheta,
            double worldLanguageShare) {
        public Courses {
            markCuts = List.copyOf(markCuts);
        }

        public static Courses defaults() {
            return new Courses(0.55, 0.45, 0.06, 0.25, 0.35, 0.3, 0.15, -0.25,
                    List.of(-1.75, -1.6, -1.45, -1.3, -1.1, -0.9, -0.7, -0.45, -0.2, 0.05, 0.35, 1.2),
                    0.3, 0.001, 0.9, 0.8, 0.6);
        }
    }

    /**
     * Promotion, retention, dropout and graduation.
     *
     * @param retentionKg          chance of repeating kindergarten for a student at theta 0
     * @param retentionElementary  chance of repeating a grade 1-8 at theta 0
     * @param retentionAchievementEffect log-odds change per sd of theta
     * @param ninthPromotionCredits grade-9 credits (finals) needed to be promoted to grade 10
     * @param creditsBehindAllowed credits a student may be behind six per year and still be promoted
     * @param graduationCredits    credits needed to graduate
     * @param dropoutBase          yearly dropout chance of a typical high-school student
     * @param dropoutPovertyEffect log-odds shift of a poor student
     * @param dropoutAchievementEffect log-odds shift per sd of theta
     * @param dropoutAbsenceEffect log-odds shift per unit of last year's absence log-odds above typical
     * @param dropoutBehindEffect  log-odds shift per credit behind
     * @param dropoutOverAgeEffect log-odds shift of a student over age for the grade
     * @param dropoutAlternativeEffect log-odds shift at an alternative school
     * @param gedShare             share of leavers who leave for a GED program (outcome ged)
     * @param alternateDiplomaRate yearly chance a grade-12 student with significant cognitive disabilities completes with an alternate diploma
     * @param alternativePlacement yearly chance a high-school student at risk is placed in an alternative school (log-odds intercept as a probability)
     * @param alternativeRiskEffect log-odds shift per risk point (suspension last year, credits behind, chronic absence)
     */
    public record Progression(double retentionKg, double retentionElementary, double retentionAchievementEffect,
            double ninthPromotionCredits, double creditsBehindAllowed, double graduationCredits, double dropoutBase,
            double dropoutPovertyEffect, double dropoutAchievementEffect, double dropoutAbsenceEffect,
            double dropoutBehindEffect, double dropoutOverAgeEffect, double dropoutAlternativeEffect, double gedShare,
            double alternateDiplomaRate, double alternativePlacement, double alternativeRiskEffect) {
        public static Progression defaults() {
            return new Progression(0.015, 0.006, -0.8, 4, 4, 21, 0.008, 0.5, -0.45, 0.5, 0.25, 0.6, 0.8, 0.1, 0.6,
                    0.004, 0.9);
        }
    }

    /**
     * Surveys.
     *
     * @param studentParticipationMean mean share of grade 4-12 students who answer
     * @param studentParticipationSd   sd of a school's share
     * @param lowestGrade              lowest grade surveyed
     * @param staffLow                 fewest staff respondents of a school
     * @param staffHigh                most staff respondents of a school
     * @param staffPerStudent          staff respondents per planned student
     * @param parentPerStudent         parent respondents per planned student
     * @param itemsPerConstruct        items per construct
     * @param favorableMeans           mean latent favorability per construct (contract order: 4 SEL then 4 culture-climate)
     * @param staffShift               latent shift of staff answers
     * @param parentShift              latent shift of parent answers
     * @param schoolClimateSd          sd of a school's climate effect
     * @param achievementWeight        latent change per sd of the student's theta
     * @param attendanceWeight         latent change per unit of absence log-odds below typical
     * @param personSd                 sd of a respondent's disposition
     * @param itemSd                   sd of an item response's noise
     */
    public record Surveys(double studentParticipationMean, double studentParticipationSd, int lowestGrade, int staffLow,
            int staffHigh, double staffPerStudent, double parentPerStudent, int itemsPerConstruct,
            List<Double> favorableMeans, double staffShift, double parentShift, double schoolClimateSd,
            double achievementWeight, double attendanceWeight, double personSd, double itemSd) {
        public Surveys {
            favorableMeans = List.copyOf(favorableMeans);
        }

        public static Surveys defaults() {
            return new Surveys(0.70, 0.08, 4, 20, 60, 0.06, 0.08, 2,
                    List.of(0.35, 0.2, 0.3, 0.25, 0.3, 0.15, 0.25, 0.05), 0.3, 0.5, 0.3, 0.2, 0.15, 0.7, 0.7);
        }
    }

    /**
     * Pre-K CLASS observations.
     *
     * @param classroomsLow   fewest classrooms observed per school and year
     * @param classroomsHigh  most classrooms observed
     * @param domainMeans     mean score of emotional_support, classroom_organization, instructional_support
     * @param domainSds       classroom sd of each domain
     * @param schoolSd        sd of a school's effect (shared across domains)
     */
    public record ClassObservations(int classroomsLow, int classroomsHigh, List<Double> domainMeans,
            List<Double> domainSds, double schoolSd) {
        public ClassObservations {
            domainMeans = List.copyOf(domainMeans);
            domainSds = List.copyOf(domainSds);
        }

        public static ClassObservations defaults() {
            return new ClassObservations(2, 6, List.of(6.0, 5.5, 2.8), List.of(0.35, 0.45, 0.5), 0.25);
        }
    }

    /**
     * Postsecondary outcomes (logistic models; race is not an input).
     *
     * @param enrollIntercept      log-odds of fall enrollment of a graduate with GPA 2.8, 93% attendance, theta 0, not poor
     * @param enrollGpa            per GPA point
     * @param enrollAttendance     per percentage point of high-school attendance
     * @param enrollAchievement    per sd of theta
     * @param enrollPoverty        for a poor student
     * @param fourYearIntercept    log-odds that an enrolling graduate (GPA 3.0, theta 0) goes to a four-year college
     * @param fourYearGpa          per GPA point
     * @param fourYearAchievement  per sd of theta
     * @param fourYearAg           for A-G completers
     * @param fourYearPoverty      for a poor student
     * @param persistIntercept     log-odds of persisting to a second year (two-year college, GPA 2.8, theta 0)
     * @param persistGpa           per GPA point
     * @param persistAttendance    per percentage point of high-school attendance
     * @param persistAchievement   per sd of theta
     * @param persistFourYear      at a four-year college
     * @param persistPoverty       for a poor student
     * @param nonGraduateEnroll    chance a dropout enrolls (two-year)
     * @param gedEnroll            chance a GED or alternate-diploma leaver enrolls (two-year)
     * @param agCourses            A-G approved courses passed with C- or better needed for a_g_complete
     */
    public record Postsecondary(double enrollIntercept, double enrollGpa, double enrollAttendance,
            double enrollAchievement, double enrollPoverty, double fourYearIntercept, double fourYearGpa,
            double fourYearAchievement, double fourYearAg, double fourYearPoverty, double persistIntercept,
            double persistGpa, double persistAttendance, double persistAchievement, double persistFourYear,
            double persistPoverty, double nonGraduateEnroll, double gedEnroll, int agCourses) {
        public static Postsecondary defaults() {
            return new Postsecondary(0.35, 0.9, 0.08, 0.35, -0.35, -0.2, 1.1, 0.6, 0.8, -0.3, 0.6, 0.9, 0.06, 0.35,
                    0.7, -0.3, 0.06, 0.2, 15);
        }
    }
}
