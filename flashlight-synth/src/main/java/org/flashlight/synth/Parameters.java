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

    /** These parameters with another state test family ({@link TestFamily#SBAC}, PARCC or MCAS). */
    public Parameters withTestFamily(TestFamily family) {
        return new Parameters(layout, population, demographics, englishLearners, achievement, testing.withFamily(family),
                attendance, discipline, courses, progression, surveys, classObservations, postsecondary);
    }

    /**
     * Districts, schools and calendars.
     *
     * @param studentsPerDistrict    one district per this many students (at least {@code minDistricts})
     * @param minDistricts           fewest districts in a state of 10,000 students or more
     * @param maxDistricts           most districts (California has about 1,000 LEAs)
     * @param tinyStateStudentsPerDistrict below 10,000 students, one district per this many students
     * @param tinyStateMinDistricts  fewest districts of any state
     * @param urbanShare             share of students in the one large urban district
     * @param midSizeDistrictShare   mid-size districts as a share of all districts (at least 3 of them)
     * @param midSizeStudentShare    share of students in the mid-size districts
     * @param midSizeDistrictSpread  sigma of the log-normal sizes of the mid-size districts
     * @param smallDistrictSpread    sigma of the log-normal sizes of the small districts
     * @param elementarySize         planned students of an elementary school (PK/KG-5)
     * @param middleSize             planned students of a middle school (6-8)
     * @param highSize               planned students of a high school (9-12)
     * @param schoolSizeSpread       sigma of the log-normal variation of attendance-zone sizes
     * @param k12DistrictMaxStudents small districts up to this size run one K-12 school
     * @param twoSchoolMaxStudents   small districts up to this size run a K-8 and a high school
     * @param urbanK8Share           share of the urban district's elementary schools that are K-8
     * @param urbanCharterShare      the urban district's charter schools as a share of its other schools
     * @param midSizeCharterChance   chance a mid-size district has charter schools
     * @param midSizeCharterShare    charter schools of such a district as a share of its other schools (at least one)
     * @param charterLeaShare        share of the small districts that are a single charter K-8 school (its own LEA)
     * @param charterPrekShare       share of charter K-8 schools that serve pre-K
     * @param charterHighChoice      chance a student entering grade 9 in a district with a charter high school picks it
     * @param studentsPerAlternative an urban or mid-size district has one alternative school per this many students
     * @param alternativeSize        planned students of an alternative school (for staff and parent survey counts)
     * @param alternativePovertyExtra planned poverty of an alternative school above its district's mean
     * @param prekShare              share of elementary, K-8 and K-12 schools that serve pre-K
     * @param urbanPovertyMean       mean poverty share of the urban district's (and charter LEAs') zones
     * @param midSizePovertyMean     mean poverty share of mid-size districts' zones
     * @param smallPovertyMean       mean poverty share of small districts' zones
     * @param districtPovertySpread  sd of a district's mean poverty share around its kind's mean
     * @param povertyConcentration   concentration (a + b) of the Beta distribution of zone poverty shares
     * @param titleIThreshold        a school with a planned poverty share at or above this receives Title I
     * @param cepThreshold           a school whose planned direct-certification share is at or above this is CEP
     * @param ibShare                share of high schools that run an IB program (at least one school)
     * @param calendarVariants       districts start the year 0..variants-1 weeks after the base start
     * @param instructionalDays      instructional days per year
     * @param emptyYearEndExitShare  share of districts that leave exit_date and exit_code empty at year end
     */
    public record Layout(double studentsPerDistrict, int minDistricts, int maxDistricts,
            double tinyStateStudentsPerDistrict, int tinyStateMinDistricts, double urbanShare, double midSizeDistrictShare,
            double midSizeStudentShare, double midSizeDistrictSpread, double smallDistrictSpread, double elementarySize,
            double middleSize, double highSize, double schoolSizeSpread, double k12DistrictMaxStudents,
            double twoSchoolMaxStudents, double urbanK8Share, double urbanCharterShare, double midSizeCharterChance,
            double midSizeCharterShare, double charterLeaShare, double charterPrekShare, double charterHighChoice,
            double studentsPerAlternative, double alternativeSize, double alternativePovertyExtra, double prekShare,
            double urbanPovertyMean, double midSizePovertyMean, double smallPovertyMean, double districtPovertySpread,
            double povertyConcentration, double titleIThreshold, double cepThreshold, double ibShare,
            int calendarVariants, int instructionalDays, double emptyYearEndExitShare) {
        public static Layout defaults() {
            return new Layout(
                    /* studentsPerDistrict */ 2_500, /* minDistricts */ 40, /* maxDistricts */ 1_100,
                    /* tinyStateStudentsPerDistrict */ 250, /* tinyStateMinDistricts */ 6, /* urbanShare */ 0.17,
                    /* midSizeDistrictShare */ 0.04, /* midSizeStudentShare */ 0.33, /* midSizeDistrictSpread */ 0.4,
                    /* smallDistrictSpread */ 0.9, /* elementarySize */ 420, /* middleSize */ 700, /* highSize */ 1_200,
                    /* schoolSizeSpread */ 0.3, /* k12DistrictMaxStudents */ 500, /* twoSchoolMaxStudents */ 1_200,
                    /* urbanK8Share */ 0.15, /* urbanCharterShare */ 0.20, /* midSizeCharterChance */ 0.6,
                    /* midSizeCharterShare */ 0.06, /* charterLeaShare */ 0.08, /* charterPrekShare */ 0.3,
                    /* charterHighChoice */ 0.10, /* studentsPerAlternative */ 15_000, /* alternativeSize */ 120,
                    /* alternativePovertyExtra */ 0.2, /* prekShare */ 0.7, /* urbanPovertyMean */ 0.70,
                    /* midSizePovertyMean */ 0.50, /* smallPovertyMean */ 0.46, /* districtPovertySpread */ 0.08,
                    /* povertyConcentration */ 6, /* titleIThreshold */ 0.40, /* cepThreshold */ 0.40,
                    /* ibShare */ 0.05, /* calendarVariants */ 3, /* instructionalDays */ 180,
                    /* emptyYearEndExitShare */ 0.2);
        }
    }

    /**
     * Who is in the state when: cohorts, arrivals, departures and moves.
     *
     * @param enrolledPerCohortMember   students enrolled in a year per simulated member of one kindergarten cohort
     *                                  (calibrates cohort size to the requested student count)
     * @param prekAttendance            chance a child attends public pre-K where the zone school offers it
     * @param redshirtShare             share who start kindergarten a year older than their peers
     * @param arrivalShare              share of a cohort who arrive from out of state after kindergarten
     * @param midYearArrivalShare       share of arrivals who arrive during the school year (not over the summer)
     * @param overAgeArrivalShare       share of arrivals (grade 2 and up) placed a grade below their age
     * @param leaveSummer               yearly chance of leaving the state over the summer
     * @param leaveMidYear              yearly chance of leaving the state during the school year
     * @param emigratedShare            share of leavers who leave the country (cohort outcome emigrated)
     * @param summerMoveWithinDistrict  yearly chance of moving to another zone of the same district over the summer
     * @param summerMoveOtherDistrict   yearly chance of moving to another district over the summer
     * @param midYearMove               yearly chance of a mid-year move to another school (not poor, housed)
     * @param midYearMovePovertyFactor  multiplier of the mid-year move chance for poor students
     * @param midYearMoveHomelessFactor multiplier of the mid-year move chance for homeless students
     * @param secondMoveShare           share of mid-year movers who move again in the same year
     * @param moveWithinDistrictShare   share of mid-year moves that stay in the district
     * @param crossDistrictGapDays      most instructional days between leaving one district and entering another
     * @param deathRate                 yearly mortality of school-age children
     * @param femaleShare               share of students with sex f
     * @param nonBinaryShare            share of students with sex x
     */
    public record Population(double enrolledPerCohortMember, double prekAttendance, double redshirtShare,
            double arrivalShare, double midYearArrivalShare, double overAgeArrivalShare, double leaveSummer,
            double leaveMidYear, double emigratedShare, double summerMoveWithinDistrict, double summerMoveOtherDistrict,
            double midYearMove, double midYearMovePovertyFactor, double midYearMoveHomelessFactor,
            double secondMoveShare, double moveWithinDistrictShare, int crossDistrictGapDays, double deathRate,
            double femaleShare, double nonBinaryShare) {
        public static Population defaults() {
            return new Population(
                    /* enrolledPerCohortMember */ 10.3, /* prekAttendance */ 0.55, /* redshirtShare */ 0.04,
                    /* arrivalShare */ 0.24, /* midYearArrivalShare */ 0.35, /* overAgeArrivalShare */ 0.06,
                    /* leaveSummer */ 0.015, /* leaveMidYear */ 0.008, /* emigratedShare */ 0.12,
                    /* summerMoveWithinDistrict */ 0.05, /* summerMoveOtherDistrict */ 0.03, /* midYearMove */ 0.035,
                    /* midYearMovePovertyFactor */ 1.8, /* midYearMoveHomelessFactor */ 2.5, /* secondMoveShare */ 0.15,
                    /* moveWithinDistrictShare */ 0.6, /* crossDistrictGapDays */ 8, /* deathRate */ 0.0003,
                    /* femaleShare */ 0.487, /* nonBinaryShare */ 0.003);
        }
    }

    /**
     * Race and ethnicity, poverty and programs, disabilities. Lists by race follow the contract's order:
     * hispanic, american_indian, asian, black, pacific_islander, white, two_or_more.
     *
     * @param stateRace                 race/ethnicity shares of mid-size districts (the state's typical mix)
     * @param urbanRace                 shares of the urban district and charter LEAs
     * @param ruralRace                 shares of small (rural) districts
     * @param tribalRace                shares of small districts that are mostly American Indian
     * @param tribalDistrictShare       share of small districts that are mostly American Indian
     * @param districtRaceConcentration Dirichlet concentration of a district's shares around its kind's shares
     * @param raceSegregation           per race, how strongly its share in a zone rises with the zone's poverty share
     * @param racePovertyShift          per race, shift of the log-odds of poverty within a zone
     * @param povertyExitRate           yearly chance a poor family is no longer poor (entry balances it)
     * @param snapGivenPoor             share of poor students whose household gets SNAP
     * @param tanfGivenPoor             share of poor students whose household gets TANF
     * @param medicaidCertGivenPoor     share of poor students directly certified through Medicaid
     * @param frlFormGivenPoor          share of poor students with an income form (frl) on file
     * @param homelessGivenPoor         yearly chance a poor student is homeless
     * @param homelessGivenNotPoor      yearly chance a not-poor student is homeless
     * @param fosterGivenPoor           chance a poor student is in foster care (for the life)
     * @param fosterGivenNotPoor        chance a not-poor student is in foster care
     * @param migrantRural              chance a Hispanic student of a small district is migrant
     * @param swdRate                   share of students with an IEP (not poor)
     * @param swdPovertyExtra           additional IEP share among poor students
     * @param swdMaleFactor             IEP rate of boys relative to girls
     * @param severeShareOfSwd          share of students with an IEP who have significant cognitive disabilities
     */
    public record Demographics(List<Double> stateRace, List<Double> urbanRace, List<Double> ruralRace,
            List<Double> tribalRace, double tribalDistrictShare, double districtRaceConcentration,
            List<Double> raceSegregation, List<Double> racePovertyShift, double povertyExitRate, double snapGivenPoor,
            double tanfGivenPoor, double medicaidCertGivenPoor, double frlFormGivenPoor, double homelessGivenPoor,
            double homelessGivenNotPoor, double fosterGivenPoor, double fosterGivenNotPoor, double migrantRural,
            double swdRate, double swdPovertyExtra, double swdMaleFactor, double severeShareOfSwd) {
        public Demographics {
            stateRace = sevenShares("stateRace", stateRace);
            urbanRace = sevenShares("urbanRace", urbanRace);
            ruralRace = sevenShares("ruralRace", ruralRace);
            tribalRace = sevenShares("tribalRace", tribalRace);
            raceSegregation = seven("raceSegregation", raceSegregation);
            racePovertyShift = seven("racePovertyShift", racePovertyShift);
        }

        public static Demographics defaults() {
            return new Demographics(
                    /* stateRace */ List.of(0.30, 0.01, 0.08, 0.13, 0.005, 0.425, 0.05),
                    /* urbanRace */ List.of(0.42, 0.005, 0.08, 0.30, 0.005, 0.14, 0.05),
                    /* ruralRace */ List.of(0.16, 0.03, 0.02, 0.04, 0.002, 0.71, 0.038),
                    /* tribalRace */ List.of(0.08, 0.55, 0.01, 0.02, 0.004, 0.31, 0.026),
                    /* tribalDistrictShare */ 0.06, /* districtRaceConcentration */ 40,
                    /* raceSegregation */ List.of(1.5, 1.0, -0.8, 2.0, 0.5, -1.8, 0.0),
                    /* racePovertyShift */ List.of(0.45, 0.5, -0.35, 0.55, 0.3, -0.45, 0.0),
                    /* povertyExitRate */ 0.08, /* snapGivenPoor */ 0.55, /* tanfGivenPoor */ 0.12,
                    /* medicaidCertGivenPoor */ 0.10, /* frlFormGivenPoor */ 0.75, /* homelessGivenPoor */ 0.05,
                    /* homelessGivenNotPoor */ 0.004, /* fosterGivenPoor */ 0.012, /* fosterGivenNotPoor */ 0.002,
                    /* migrantRural */ 0.06, /* swdRate */ 0.115, /* swdPovertyExtra */ 0.04, /* swdMaleFactor */ 1.4,
                    /* severeShareOfSwd */ 0.08);
        }
    }

    /**
     * English learners.
     *
     * @param languageMinorityByRace        per race, share whose home language is not English
     * @param arrivalLanguageMinorityFactor multiplier of that share for students arriving after kindergarten
     * @param elGivenLanguageMinority       share of language-minority kindergartners identified as EL (the rest IFEP)
     * @param newcomerElShare               share of language-minority arrivals after kindergarten who are EL
     * @param proficiencyStartMean          mean latent English proficiency of a newly identified EL
     * @param proficiencyStartSd            its sd
     * @param proficiencyGrowthMean         mean yearly growth of latent English proficiency
     * @param proficiencyGrowthSd           sd of a student's own growth rate
     * @param proficiencyGrowthNoise        relative sd of a year's growth around the student's rate
     * @param swdGrowthFactor               growth rate multiplier for ELs with an IEP
     * @param proficientLatent              latent English proficiency at the ELP test's proficient cut
     * @param proficiencyCutSpanSds         the ELP test's lowest to highest cut spans this many sds of latent proficiency
     * @param elpAbsentRate                 share of ELs absent on the ELP test day
     * @param reclassifyReady               yearly chance of reclassification when the last ELP score was proficient
     *                                      and ELA is near standard
     * @param reclassifyElpOnly             yearly chance when the ELP score was proficient but ELA is not near standard
     * @param reclassifyOther               yearly chance otherwise (local criteria)
     * @param reclassifyElaThreshold        ELA theta that counts as near standard for reclassification
     * @param tbdArrivalAfterMonth          language-minority students arriving from this month to June are tbd that year
     */
    public record EnglishLearners(List<Double> languageMinorityByRace, double arrivalLanguageMinorityFactor,
            double elGivenLanguageMinority, double newcomerElShare, double proficiencyStartMean,
            double proficiencyStartSd, double proficiencyGrowthMean, double proficiencyGrowthSd,
            double proficiencyGrowthNoise, double swdGrowthFactor, double proficientLatent,
            double proficiencyCutSpanSds, double elpAbsentRate, double reclassifyReady, double reclassifyElpOnly,
            double reclassifyOther, double reclassifyElaThreshold, int tbdArrivalAfterMonth) {
        public EnglishLearners {
            languageMinorityByRace = seven("languageMinorityByRace", languageMinorityByRace);
        }

        public static EnglishLearners defaults() {
            return new EnglishLearners(
                    /* languageMinorityByRace */ List.of(0.55, 0.10, 0.35, 0.05, 0.20, 0.03, 0.06),
                    /* arrivalLanguageMinorityFactor */ 1.3, /* elGivenLanguageMinority */ 0.8,
                    /* newcomerElShare */ 0.8, /* proficiencyStartMean */ -1.3, /* proficiencyStartSd */ 0.6,
                    /* proficiencyGrowthMean */ 0.45, /* proficiencyGrowthSd */ 0.15, /* proficiencyGrowthNoise */ 0.25,
                    /* swdGrowthFactor */ 0.55, /* proficientLatent */ 1.0, /* proficiencyCutSpanSds */ 2.2,
                    /* elpAbsentRate */ 0.03, /* reclassifyReady */ 0.70, /* reclassifyElpOnly */ 0.25,
                    /* reclassifyOther */ 0.02, /* reclassifyElaThreshold */ -0.6, /* tbdArrivalAfterMonth */ 2);
        }
    }

    /**
     * Latent achievement (theta, in state standard-deviation units of its grade) and its growth.
     *
     * @param povertyEffect           mean theta difference of a poor student
     * @param zonePovertyEffect       theta change per unit of the home zone's poverty share (concentrated poverty)
     * @param swdEffect               mean theta difference of a student with an IEP
     * @param severeEffect            additional difference of a student with significant cognitive disabilities
     * @param elEffectEla             ELA difference while a student is an EL
     * @param elEffectMath            math difference while EL
     * @param elEffectScience         science difference while EL
     * @param personSd                sd of the stable person component
     * @param transientSd             stationary sd of the year-to-year component
     * @param persistence             year-to-year autocorrelation of the transient component
     * @param subjectCorrelation      correlation of the person components across ela, math, science
     * @param transientCorrelation    correlation of the yearly shocks across subjects
     * @param schoolGrowthSd          sd of a school's effect on yearly growth (value added), persistent across years
     * @param schoolGrowthCorrelation correlation of a school's growth effects across subjects
     * @param measurementSd           sd of a test's measurement error (every test)
     * @param proficiencyEla          target share proficient in ELA (places the proficient cut)
     * @param proficiencyMath         target share proficient in math
     * @param proficiencyScience      target share proficient in science
     * @param proficiencyAlternate    target share proficient on the alternate test among its takers
     * @param rangeSds                a test's published scale range spans this many sds of its tested population
     * @param raceEffects             per race, a shift standing for what the poverty flag does not measure (family
     *                                wealth, segregation, school resources); centered on the state mix
     */
    public record Achievement(double povertyEffect, double zonePovertyEffect, double swdEffect, double severeEffect,
            double elEffectEla, double elEffectMath, double elEffectScience, double personSd, double transientSd,
            double persistence, double subjectCorrelation, double transientCorrelation, double schoolGrowthSd,
            double schoolGrowthCorrelation, double measurementSd, double proficiencyEla, double proficiencyMath,
            double proficiencyScience, double proficiencyAlternate, double rangeSds, List<Double> raceEffects) {
        public Achievement {
            raceEffects = seven("raceEffects", raceEffects);
        }

        public static Achievement defaults() {
            return new Achievement(
                    /* povertyEffect */ -0.5, /* zonePovertyEffect */ -0.7, /* swdEffect */ -0.75,
                    /* severeEffect */ -1.2, /* elEffectEla */ -0.5, /* elEffectMath */ -0.3, /* elEffectScience */ -0.4,
                    /* personSd */ 0.7, /* transientSd */ 0.6, /* persistence */ 0.85, /* subjectCorrelation */ 0.8,
                    /* transientCorrelation */ 0.5, /* schoolGrowthSd */ 0.08, /* schoolGrowthCorrelation */ 0.6,
                    /* measurementSd */ 0.33, /* proficiencyEla */ 0.48, /* proficiencyMath */ 0.40,
                    /* proficiencyScience */ 0.36, /* proficiencyAlternate */ 0.35, /* rangeSds */ 6.0,
                    /* raceEffects */ List.of(-0.1, -0.15, 0.4, -0.25, -0.1, 0.1, 0.05));
        }
    }

    /**
     * Which tests are taken, how participation works and where scores of tests without levels sit.
     *
     * @param family                  the state test family
     * @param absentRate              share absent on the test day
     * @param refusedRate             share refusing (opt-outs)
     * @param refusedRateGrade11      share refusing in grade 11
     * @param medicalRate             share with a medical exemption
     * @param notTestedOtherRate      share not tested for other reasons
     * @param chronicAbsenceNonParticipationFactor non-participation multiplier for a chronically absent student
     * @param highSchoolScienceGrades high-school grades to try for the science test, in order (first found wins)
     * @param satGrade11Rate          share of grade-11 students at theta 0 who take the SAT (school-day administration)
     * @param satAchievementEffect    log-odds change of taking the SAT per sd of theta
     * @param satGrade12RetakeRate    share of grade-12 students with a grade-11 SAT who retake it in the fall
     * @param satRetakeGain           theta gain of a retake (practice and a year of school)
     * @param actRate                 share of grade-11 students at theta 0 who take the ACT
     * @param actAchievementEffect    log-odds change of taking the ACT per sd of theta
     * @param apExamRate              share of AP and IB course takers who sit the exam
     * @param noLevelCenter           where the score of a student at theta 0 sits in a range without levels (0..1)
     * @param examRangeSds            an AP or IB exam's score range spans this many sds of its takers
     * @param examNoiseSd             sd of an AP or IB exam's noise
     * @param apTakerMean             theta of an AP taker who scores in the middle of the AP range
     * @param ibTakerMean             theta of an IB taker who scores in the middle of the IB range
     * @param testWindowMonth         month the spring test window opens
     * @param testWindowDay           day of that month the window opens
     * @param testWindowDays          calendar days in the window (each school picks its ELA date inside it)
     */
    public record Testing(TestFamily family, double absentRate, double refusedRate, double refusedRateGrade11,
            double medicalRate, double notTestedOtherRate, double chronicAbsenceNonParticipationFactor,
            List<Integer> highSchoolScienceGrades, double satGrade11Rate, double satAchievementEffect,
            double satGrade12RetakeRate, double satRetakeGain, double actRate, double actAchievementEffect,
            double apExamRate, double noLevelCenter, double examRangeSds, double examNoiseSd, double apTakerMean,
            double ibTakerMean, int testWindowMonth, int testWindowDay, int testWindowDays) {
        public Testing {
            Objects.requireNonNull(family, "family is null");
            highSchoolScienceGrades = List.copyOf(highSchoolScienceGrades);
        }

        public static Testing defaults() {
            return new Testing(
                    /* family */ TestFamily.SBAC, /* absentRate */ 0.010, /* refusedRate */ 0.006,
                    /* refusedRateGrade11 */ 0.03, /* medicalRate */ 0.002, /* notTestedOtherRate */ 0.005,
                    /* chronicAbsenceNonParticipationFactor */ 3.0, /* highSchoolScienceGrades */ List.of(10, 11, 9, 12),
                    /* satGrade11Rate */ 0.60, /* satAchievementEffect */ 0.8, /* satGrade12RetakeRate */ 0.35,
                    /* satRetakeGain */ 0.15, /* actRate */ 0.20, /* actAchievementEffect */ 0.6, /* apExamRate */ 0.85,
                    /* noLevelCenter */ 0.52, /* examRangeSds */ 3.0, /* examNoiseSd */ 0.5, /* apTakerMean */ 1.45,
                    /* ibTakerMean */ 1.25, /* testWindowMonth */ 4, /* testWindowDay */ 13, /* testWindowDays */ 42);
        }

        public Testing withFamily(TestFamily newFamily) {
            return new Testing(newFamily, absentRate, refusedRate, refusedRateGrade11, medicalRate, notTestedOtherRate,
                    chronicAbsenceNonParticipationFactor, highSchoolScienceGrades, satGrade11Rate, satAchievementEffect,
                    satGrade12RetakeRate, satRetakeGain, actRate, actAchievementEffect, apExamRate, noLevelCenter,
                    examRangeSds, examNoiseSd, apTakerMean, ibTakerMean, testWindowMonth, testWindowDay, testWindowDays);
        }
    }

    /**
     * Attendance: a student-year absence rate on the log-odds scale.
     *
     * @param baseRate              absence rate of a typical student (the log-odds intercept)
     * @param povertyEffect         log-odds shift of a poor student
     * @param achievementEffect     log-odds shift per sd of mean theta
     * @param swdEffect             log-odds shift of a student with an IEP
     * @param homelessEffect        log-odds shift of a homeless student
     * @param gradeEffects          log-odds shift by grade PK, KG, 1..12 (14 values)
     * @param personSd              sd of a student's stable absence propensity
     * @param yearSd                sd of a student's year-to-year variation
     * @param schoolSd              sd of a school's effect
     * @param alternativeEffect     log-odds shift at an alternative school
     * @param monthEffects          log-odds shift by month, January..December (12 values)
     * @param monthlyGrades         grades whose attendance_monthly.csv rows are written (lowest, highest)
     * @param chronicLogitAboveTypical a student-year this far above the typical log-odds counts as chronically
     *                              absent for the other sub-models (test participation, alternative placement)
     */
    public record Attendance(double baseRate, double povertyEffect, double achievementEffect, double swdEffect,
            double homelessEffect, List<Double> gradeEffects, double personSd, double yearSd, double schoolSd,
            double alternativeEffect, List<Double> monthEffects, List<Integer> monthlyGrades,
            double chronicLogitAboveTypical) {
        public Attendance {
            gradeEffects = List.copyOf(gradeEffects);
            monthEffects = List.copyOf(monthEffects);
            monthlyGrades = List.copyOf(monthlyGrades);
            if (gradeEffects.size() != 14 || monthEffects.size() != 12 || monthlyGrades.size() != 2) {
                throw new IllegalArgumentException("attendance needs 14 grade effects, 12 month effects and 2 monthly grades");
            }
        }

        public static Attendance defaults() {
            return new Attendance(
                    /* baseRate */ 0.026, /* povertyEffect */ 0.45, /* achievementEffect */ -0.22, /* swdEffect */ 0.25,
                    /* homelessEffect */ 0.6,
                    /* gradeEffects PK..12 */ List.of(0.55, 0.35, 0.1, 0.0, -0.05, -0.05, -0.05, 0.05, 0.1, 0.15, 0.3, 0.35,
                            0.45, 0.6),
                    /* personSd */ 0.65, /* yearSd */ 0.3, /* schoolSd */ 0.25, /* alternativeEffect */ 0.3,
                    /* monthEffects Jan..Dec */ List.of(0.1, 0.15, 0.0, 0.0, 0.2, 0.3, 0.0, -0.25, -0.2, 0.0, 0.0, 0.2),
                    /* monthlyGrades */ List.of(8, 10), /* chronicLogitAboveTypical */ 1.2);
        }
    }

    /**
     * Discipline: incidents per student-year from a log-linear rate, each becoming one action.
     *
     * @param baseRate             yearly incidents of a typical middle-school student
     * @param povertyEffect        log-rate shift of a poor student
     * @param achievementEffect    log-rate shift per sd of mean theta
     * @param swdEffect            log-rate shift of a student with an IEP
     * @param maleEffect           log-rate shift of a boy
     * @param absenceEffect        log-rate shift per unit of the absence log-odds above typical
     * @param elementaryEffect     log-rate shift in grades PK-5
     * @param highEffect           log-rate shift in grades 9-12
     * @param personSd             sd of a student's stable propensity
     * @param schoolSd             sd of a school's effect
     * @param alternativeEffect    log-rate shift at an alternative school
     * @param actionShares         shares of suspension_in_school, suspension_out_of_school, expulsion (grades 6+), other
     * @param inSchoolExtraDays    mean days beyond the first of an in-school suspension (Poisson)
     * @param outOfSchoolExtraDays mean days beyond the first of an out-of-school suspension (Poisson)
     * @param outOfSchoolMaxDays   longest out-of-school suspension
     * @param halfDayShare         share of out-of-school suspensions that last half a day
     * @param expulsionDaysLow     shortest removal of an expulsion
     * @param expulsionDaysHigh    longest removal of an expulsion
     */
    public record Discipline(double baseRate, double povertyEffect, double achievementEffect, double swdEffect,
            double maleEffect, double absenceEffect, double elementaryEffect, double highEffect, double personSd,
            double schoolSd, double alternativeEffect, List<Double> actionShares, double inSchoolExtraDays,
            double outOfSchoolExtraDays, int outOfSchoolMaxDays, double halfDayShare, int expulsionDaysLow,
            int expulsionDaysHigh) {
        public Discipline {
            actionShares = List.copyOf(actionShares);
            if (actionShares.size() != 4) {
                throw new IllegalArgumentException("actionShares needs 4 shares, got " + actionShares.size());
            }
        }

        public static Discipline defaults() {
            return new Discipline(
                    /* baseRate */ 0.025, /* povertyEffect */ 0.5, /* achievementEffect */ -0.4, /* swdEffect */ 0.45,
                    /* maleEffect */ 0.6, /* absenceEffect */ 0.35, /* elementaryEffect */ -1.6, /* highEffect */ -0.2,
                    /* personSd */ 1.0, /* schoolSd */ 0.5, /* alternativeEffect */ 1.0,
                    /* actionShares */ List.of(0.30, 0.45, 0.015, 0.235), /* inSchoolExtraDays */ 0.4,
                    /* outOfSchoolExtraDays */ 1.6, /* outOfSchoolMaxDays */ 10, /* halfDayShare */ 0.06,
                    /* expulsionDaysLow */ 20, /* expulsionDaysHigh */ 90);
        }
    }

    /**
     * Course marks: a latent mark per student, course and term, cut into F, D-, ..., A+.
     *
     * @param achievementWeight  weight of the course subject's theta
     * @param effortSd           sd of a student's stable effort (beyond achievement)
     * @param attendanceWeight   latent change per percentage point of attendance away from 95%
     * @param yearSd             sd of a student's year-to-year variation
     * @param courseSd           sd of a course's variation for a student in a year
     * @param termSd             sd of a term's variation around the course's level
     * @param schoolLeniencySd   sd of a school's grading leniency
     * @param advancedPenalty    latent change in an honors, AP or IB course (harder marks)
     * @param markCuts           latent cuts of the 12 steps D-, D, D+, C-, C, C+, B-, B, B+, A-, A, A+ (F below the first)
     * @param passFailPeShare    share of schools grading PE P/NP
     * @param incompleteRate     share of semester-1 marks that are I (incomplete)
     * @param honorsTheta        theta above which a grade-8 (Algebra I), 9 or 10 student takes the honors course
     * @param apTheta            theta above which a grade-11 or 12 student takes the AP (or IB) course
     * @param trackNoiseSd       sd of the noise added to theta when choosing a track
     * @param worldLanguageShare share of high-school students taking a world language (the rest take art)
     * @param ninthGradeTerms    terms with marks in grade 9 (any of q1..q4, s1, s2, and final)
     * @param highSchoolTerms    terms with marks in grades 10-12 (grades 6-8 have final marks only)
     */
    public record Courses(double achievementWeight, double effortSd, double attendanceWeight, double yearSd,
            double courseSd, double termSd, double schoolLeniencySd, double advancedPenalty, List<Double> markCuts,
            double passFailPeShare, double incompleteRate, double honorsTheta, double apTheta, double trackNoiseSd,
            double worldLanguageShare, List<String> ninthGradeTerms, List<String> highSchoolTerms) {
        public Courses {
            markCuts = List.copyOf(markCuts);
            ninthGradeTerms = List.copyOf(ninthGradeTerms);
            highSchoolTerms = List.copyOf(highSchoolTerms);
            if (markCuts.size() != 12) {
                throw new IllegalArgumentException("markCuts needs 12 cuts (D- to A+), got " + markCuts.size());
            }
            if (!ninthGradeTerms.contains("final") || !highSchoolTerms.contains("final")) {
                throw new IllegalArgumentException("the term lists must contain final (credits and GPA come from it)");
            }
        }

        public static Courses defaults() {
            return new Courses(
                    /* achievementWeight */ 0.55, /* effortSd */ 0.45, /* attendanceWeight */ 0.06, /* yearSd */ 0.25,
                    /* courseSd */ 0.35, /* termSd */ 0.3, /* schoolLeniencySd */ 0.15, /* advancedPenalty */ -0.25,
                    /* markCuts */ List.of(-1.9, -1.75, -1.6, -1.45, -1.25, -1.05, -0.85, -0.6, -0.35, -0.1, 0.2, 1.1),
                    /* passFailPeShare */ 0.3, /* incompleteRate */ 0.001, /* honorsTheta */ 0.9, /* apTheta */ 0.8,
                    /* trackNoiseSd */ 0.4, /* worldLanguageShare */ 0.6,
                    /* ninthGradeTerms */ List.of("q1", "q2", "s1", "s2", "final"),
                    /* highSchoolTerms */ List.of("s1", "s2", "final"));
        }
    }

    /**
     * Promotion, retention, dropout, alternative-school placement and graduation.
     *
     * @param retentionKg                chance of repeating kindergarten for a student at theta 0
     * @param retentionElementary        chance of repeating a grade 1-8 at theta 0
     * @param retentionAchievementEffect log-odds change per sd of theta
     * @param ninthPromotionCredits      grade-9 credits (finals) needed to be promoted to grade 10
     * @param creditsBehindAllowed       credits a grade 10-11 student may be behind six a year and still be promoted
     * @param graduationCredits          credits needed to graduate (six one-credit courses a year: 24 on time)
     * @param dropoutBase                yearly dropout chance of a typical high-school student
     * @param dropoutPovertyEffect       log-odds shift of a poor student
     * @param dropoutAchievementEffect   log-odds shift per sd of theta
     * @param dropoutAbsenceEffect       log-odds shift per unit of last year's absence log-odds above typical
     * @param dropoutBehindEffect        log-odds shift per credit behind
     * @param dropoutOverAgeEffect       log-odds shift of a student over age for the grade
     * @param dropoutAlternativeEffect   log-odds shift at an alternative school
     * @param gedShare                   share of leavers who leave for a GED program (outcome ged)
     * @param alternateDiplomaRate       yearly chance a grade-12 student with significant cognitive disabilities
     *                                   completes with an alternate diploma
     * @param alternativePlacement       yearly chance of placement in an alternative school at one risk point
     *                                   (the log-odds intercept, as a probability)
     * @param alternativeRiskEffect      log-odds shift per further risk point
     * @param alternativeCreditsPerPoint credits behind that make one risk point (a suspension last year is one point)
     * @param alternativeChronicPoints   risk points of chronic absence last year
     * @param arrivalCreditShare         share of on-time credits a student arriving in grades 10-12 brings along
     */
    public record Progression(double retentionKg, double retentionElementary, double retentionAchievementEffect,
            double ninthPromotionCredits, double creditsBehindAllowed, double graduationCredits, double dropoutBase,
            double dropoutPovertyEffect, double dropoutAchievementEffect, double dropoutAbsenceEffect,
            double dropoutBehindEffect, double dropoutOverAgeEffect, double dropoutAlternativeEffect, double gedShare,
            double alternateDiplomaRate, double alternativePlacement, double alternativeRiskEffect,
            double alternativeCreditsPerPoint, double alternativeChronicPoints, double arrivalCreditShare) {
        public static Progression defaults() {
            return new Progression(
                    /* retentionKg */ 0.015, /* retentionElementary */ 0.006, /* retentionAchievementEffect */ -0.8,
                    /* ninthPromotionCredits */ 4, /* creditsBehindAllowed */ 4, /* graduationCredits */ 21,
                    /* dropoutBase */ 0.0045, /* dropoutPovertyEffect */ 0.5, /* dropoutAchievementEffect */ -0.45,
                    /* dropoutAbsenceEffect */ 0.5, /* dropoutBehindEffect */ 0.25, /* dropoutOverAgeEffect */ 0.6,
                    /* dropoutAlternativeEffect */ 0.8, /* gedShare */ 0.1, /* alternateDiplomaRate */ 0.6,
                    /* alternativePlacement */ 0.03, /* alternativeRiskEffect */ 0.9,
                    /* alternativeCreditsPerPoint */ 3, /* alternativeChronicPoints */ 0.5,
                    /* arrivalCreditShare */ 0.95);
        }
    }

    /**
     * Surveys: students in the surveyed grades, staff and parents.
     *
     * @param studentParticipationMean mean share of the surveyed grades' students who answer
     * @param studentParticipationSd   sd of a school's share
     * @param lowestGrade              lowest grade surveyed (through grade 12)
     * @param staffLow                 fewest staff surveyed at a school
     * @param staffHigh                most staff surveyed at a school
     * @param staffPerStudent          staff surveyed per planned student
     * @param staffResponseRate        share of surveyed staff who answer
     * @param parentPerStudent         parent respondents per planned student
     * @param itemsPerConstruct        items per construct
     * @param favorableMeans           mean latent favorability per construct (4 SEL then 4 culture-climate, contract order)
     * @param likertCuts               latent cuts between responses 1|2, 2|3, 3|4, 4|5
     * @param staffShift               latent shift of staff answers
     * @param parentShift              latent shift of parent answers
     * @param schoolClimateSd          sd of a school's climate effect
     * @param achievementWeight        latent change per sd of the student's theta
     * @param attendanceWeight         latent change per unit of absence log-odds below typical
     * @param personSd                 sd of a respondent's disposition
     * @param itemSd                   sd of an item response's noise
     */
    public record Surveys(double studentParticipationMean, double studentParticipationSd, int lowestGrade, int staffLow,
            int staffHigh, double staffPerStudent, double staffResponseRate, double parentPerStudent,
            int itemsPerConstruct, List<Double> favorableMeans, List<Double> likertCuts, double staffShift,
            double parentShift, double schoolClimateSd, double achievementWeight, double attendanceWeight,
            double personSd, double itemSd) {
        public Surveys {
            favorableMeans = List.copyOf(favorableMeans);
            likertCuts = List.copyOf(likertCuts);
            if (favorableMeans.size() != 8 || likertCuts.size() != 4) {
                throw new IllegalArgumentException("surveys need 8 construct means and 4 Likert cuts");
            }
        }

        public static Surveys defaults() {
            return new Surveys(
                    /* studentParticipationMean */ 0.65, /* studentParticipationSd */ 0.08, /* lowestGrade */ 4,
                    /* staffLow */ 20, /* staffHigh */ 60, /* staffPerStudent */ 0.06, /* staffResponseRate */ 0.85,
                    /* parentPerStudent */ 0.08, /* itemsPerConstruct */ 2,
                    /* favorableMeans */ List.of(0.5, 0.35, 0.45, 0.4, 0.35, 0.2, 0.3, 0.1),
                    /* likertCuts */ List.of(-1.7, -0.9, 0.0, 1.0), /* staffShift */ 0.3, /* parentShift */ 0.5,
                    /* schoolClimateSd */ 0.3, /* achievementWeight */ 0.2, /* attendanceWeight */ 0.15,
                    /* personSd */ 0.7, /* itemSd */ 0.7);
        }
    }

    /**
     * Pre-K CLASS observations.
     *
     * @param classroomsLow  fewest classrooms observed per school and year
     * @param classroomsHigh most classrooms observed
     * @param domainMeans    mean score of emotional_support, classroom_organization, instructional_support
     * @param domainSds      classroom-level sd of each domain
     * @param schoolSd       sd of a school's effect (shared by its classrooms and domains)
     * @param teacherSd      sd of a classroom's effect (shared by its three domains)
     */
    public record ClassObservations(int classroomsLow, int classroomsHigh, List<Double> domainMeans,
            List<Double> domainSds, double schoolSd, double teacherSd) {
        public ClassObservations {
            domainMeans = List.copyOf(domainMeans);
            domainSds = List.copyOf(domainSds);
        }

        public static ClassObservations defaults() {
            return new ClassObservations(
                    /* classroomsLow */ 2, /* classroomsHigh */ 6, /* domainMeans */ List.of(6.0, 5.5, 2.8),
                    /* domainSds */ List.of(0.35, 0.45, 0.5), /* schoolSd */ 0.25, /* teacherSd */ 0.25);
        }
    }

    /**
     * Postsecondary outcomes (logistic models; race is not an input).
     *
     * @param enrollIntercept     log-odds of fall enrollment of a graduate with GPA 2.8, 93% attendance, theta 0, not poor
     * @param enrollGpa           per GPA point
     * @param enrollAttendance    per percentage point of high-school attendance
     * @param enrollAchievement   per sd of theta
     * @param enrollPoverty       for a poor student
     * @param fourYearIntercept   log-odds that an enrolling graduate (GPA 3.0, theta 0) goes to a four-year college
     * @param fourYearGpa         per GPA point
     * @param fourYearAchievement per sd of theta
     * @param fourYearAg          for A-G completers
     * @param fourYearPoverty     for a poor student
     * @param persistIntercept    log-odds of persisting to a second year (two-year college, GPA 2.8, 93%, theta 0)
     * @param persistGpa          per GPA point
     * @param persistAttendance   per percentage point of high-school attendance
     * @param persistAchievement  per sd of theta
     * @param persistFourYear     at a four-year college
     * @param persistPoverty      for a poor student
     * @param nonGraduateEnroll   chance a dropout enrolls (two-year)
     * @param gedEnroll           chance a GED or alternate-diploma leaver enrolls (two-year)
     * @param agCourses           A-G approved year courses passed with C or better needed for a_g_complete (which
     *                            also needs a world language through high school)
     */
    public record Postsecondary(double enrollIntercept, double enrollGpa, double enrollAttendance,
            double enrollAchievement, double enrollPoverty, double fourYearIntercept, double fourYearGpa,
            double fourYearAchievement, double fourYearAg, double fourYearPoverty, double persistIntercept,
            double persistGpa, double persistAttendance, double persistAchievement, double persistFourYear,
            double persistPoverty, double nonGraduateEnroll, double gedEnroll, int agCourses) {
        public static Postsecondary defaults() {
            return new Postsecondary(
                    /* enrollIntercept */ 0.35, /* enrollGpa */ 0.9, /* enrollAttendance */ 0.08,
                    /* enrollAchievement */ 0.35, /* enrollPoverty */ -0.35, /* fourYearIntercept */ -0.2,
                    /* fourYearGpa */ 1.1, /* fourYearAchievement */ 0.6, /* fourYearAg */ 0.8,
                    /* fourYearPoverty */ -0.3, /* persistIntercept */ 0.6, /* persistGpa */ 0.9,
                    /* persistAttendance */ 0.06, /* persistAchievement */ 0.35, /* persistFourYear */ 0.7,
                    /* persistPoverty */ -0.3, /* nonGraduateEnroll */ 0.06, /* gedEnroll */ 0.2, /* agCourses */ 17);
        }
    }

    private static List<Double> seven(String name, List<Double> values) {
        if (values.size() != 7) {
            throw new IllegalArgumentException(name + " needs one value per race/ethnicity (7), got " + values.size());
        }
        return List.copyOf(values);
    }

    private static List<Double> sevenShares(String name, List<Double> values) {
        List<Double> copy = seven(name, values);
        double sum = copy.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > 0.01) {
            throw new IllegalArgumentException(name + " shares must add up to 1 (they add up to " + sum + ")");
        }
        return copy;
    }
}
