package org.flashlight.synth;

/**
 * One student's path through the state's schools, simulated year by year from the first
 * enrollment (pre-K, kindergarten or an arrival from out of state) until the student leaves or the
 * bundle ends, rendering the rows of every bundle year as it goes. Everything a life draws comes
 * from its own random stream, seeded by (seed, life index), so a life is the same whichever worker
 * renders it and whatever else is generated.
 *
 * <p>Lives are numbered; life {@code i} belongs to the kindergarten cohort {@code firstCohort + i mod
 * cohorts}. The oldest cohort entered grade 9 five years before the bundle's first year, so the
 * 4-, 5- and 6-year graduation rates of every cohort reported in the bundle are complete.
 *
 * <p>Not thread-safe: one instance per worker thread, reused for every life it renders.
 */
final class StudentLife {
    static final int NONE = Integer.MIN_VALUE;
    /** Years between the oldest cohort's kindergarten year and the bundle's first year. */
    private static final int BACK_COHORT_YEARS = 14;
    private static final int[] TERMS_MIDDLE = {Codes.FINAL};
    /** Months in school-year order, August to July. */
    private static final int[] SCHOOL_MONTHS = {8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7};
    private static final long ID_MULTIPLIER = 3_456_789_123L;
    private static final long ID_MODULUS = 10_000_000_000L;

    /** The kindergarten year of the oldest cohort for a bundle starting in {@code firstYear}. */
    static int firstCohort(int firstYear) {
        return firstYear - BACK_COHORT_YEARS;
    }

    /** The student_id of a life: a bijection of the life index onto 10-digit strings (leading zeros kept). */
    static String studentId(long life, long seed) {
        long value = Math.floorMod(ID_MULTIPLIER * life + Math.floorMod(seed * 7_919L, ID_MODULUS), ID_MODULUS);
        String digits = Long.toString(value);
        return "0".repeat(10 - digits.length()) + digits;
    }

    private final GenerationContext c;
    private final StateLayout layout;
    private final Parameters.Population population;
    private final Parameters.Demographics demographics;
    private final Parameters.EnglishLearners englishLearners;
    private final Parameters.Courses courseParameters;
    private final Parameters.Testing testing;
    private final double[] racePovertyShift = new double[7];
    private final double[] languageMinorityByRace = new double[7];
    private final int[] ninthGradeTerms;
    private final int[] highSchoolTerms;

    private final YearStays stays = new YearStays();
    private final Course[] courses = new Course[CourseCatalog.COURSES_PER_YEAR];
    private final boolean[] advanced = new boolean[4];
    private final double[] person = new double[3];
    private final double[] transientPart = new double[3];
    private final double[] theta = new double[3];
    private final double[] probabilities = new double[4];
    private final double[] termLatent = new double[7];
    private final Stay[] termStay = new Stay[7];

    // the life
    private Rng rng;
    private ChunkOutput out;
    private byte[] id;
    private int kgYear;
    private int birthDate;
    private int sex;
    private int race;
    private boolean poor;
    private boolean swd;
    private boolean severe;
    private boolean languageMinority;
    private boolean foster;
    private boolean migrant;
    private boolean homeless;
    private double snapDraw;
    private double tanfDraw;
    private double medicaidDraw;
    private double frlDraw;
    private Zone homeZone;
    private Zone zone;
    private School current;
    private int grade;
    private int elStatus;
    private boolean identifiedAsEl;
    private int elEntryDate;
    private int reclassifiedDate;
    private double english;
    private double englishGrowth;
    private boolean lastElpProficient;
    private double effort;
    private double absencePerson;
    private double disciplinePerson;
    private double disposition;
    private boolean takesLanguage;
    private double lastAbsenceLogit;
    private int lastYearSuspensions;
    private boolean tookSat;
    private int cohortYear;
    private School lastHighSchool;
    private int outcome;
    private int outcomeYear;
    private double credits;
    private double gpaPoints;
    private double gpaCredits;
    private int agPassed;
    private long highSchoolPresent;
    private long highSchoolEnrolled;
    private int highSchoolExitYear;
    private int highSchoolExitCode;
    private boolean anyRow;

    StudentLife(GenerationContext context) {
        this.c = context;
        this.layout = context.layout;
        this.population = context.parameters.population();
        this.demographics = context.parameters.demographics();
        this.englishLearners = context.parameters.englishLearners();
        this.courseParameters = context.parameters.courses();
        this.testing = context.parameters.testing();
        for (int r = 0; r < 7; r++) {
            racePovertyShift[r] = demographics.racePovertyShift().get(r);
            languageMinorityByRace[r] = englishLearners.languageMinorityByRace().get(r);
        }
        this.ninthGradeTerms = Codes.terms(courseParameters.ninthGradeTerms());
        this.highSchoolTerms = Codes.terms(courseParameters.highSchoolTerms());
    }

    /** Simulates life {@code life} and renders its rows into {@code chunk}. */
    void live(long life, ChunkOutput chunk) {
        this.out = chunk;
        this.rng = Rng.stream(c.settings.seed(), Rng.LIFE, life);
        chunk.lives++;
        kgYear = c.firstCohort + (int) (life % c.cohorts);
        boolean arrives = rng.chance(population.arrivalShare());
        int startGrade = 0;
        int startYear = kgYear;
        int arrivalIndex = 0;
        if (arrives) {
            startGrade = rng.between(1, 12);
            startYear = kgYear + startGrade;
            if (startGrade >= 2 && rng.chance(population.overAgeArrivalShare())) {
                startGrade--; // placed a grade below age: over-age from the start
            }
            if (rng.chance(population.midYearArrivalShare())) {
                arrivalIndex = rng.between(5, 170);
            }
        }
        if (startYear > c.lastYear + 1) {
            return;
        }
        resetLife(life);
        drawPerson(arrives, startGrade);
        grade = startGrade;
        if (!arrives && rng.chance(population.prekAttendance()) && zone.schoolFor(-1, kgYear - 1) != null) {
            startYear = kgYear - 1;
            grade = -1;
        }
        if (startYear > c.lastYear) {
            return;
        }
        if (grade >= 9) {
            cohortYear = startYear - (grade - 9);
            credits = CourseCatalog.COURSES_PER_YEAR * (grade - 9) * c.parameters.progression().arrivalCreditShare();
        }
        for (int y = startYear; y <= c.lastYear; y++) {
            boolean first = y == startYear;
            if (!first && startOfYear(y)) {
                break;
            }
            if (!year(y, first ? arrivalIndex : 0, first && arrives)) {
                break;
            }
        }
        finish();
    }

    private void resetLife(long life) {
        id = Codes.ascii(studentId(life, c.settings.seed()));
        current = null;
        elEntryDate = NONE;
        reclassifiedDate = NONE;
        identifiedAsEl = false;
        lastElpProficient = false;
        lastAbsenceLogit = c.attendance.typical();
        lastYearSuspensions = 0;
        tookSat = false;
        cohortYear = NONE;
        lastHighSchool = null;
        outcome = NONE;
        outcomeYear = NONE;
        credits = 0;
        gpaPoints = 0;
        gpaCredits = 0;
        agPassed = 0;
        highSchoolPresent = 0;
        highSchoolEnrolled = 0;
        highSchoolExitYear = NONE;
        highSchoolExitCode = NONE;
        anyRow = false;
    }

    private void drawPerson(boolean arrives, int startGrade) {
        homeZone = layout.zones.get(rng.pick(layout.zoneCumulative));
        zone = homeZone;
        race = rng.pick(zone.raceCumulative);
        double share = Math.max(0.01, Math.min(0.99, zone.povertyShare));
        poor = rng.chance(Rng.logistic(Rng.logit(share) + racePovertyShift[race]));
        double u = rng.uniform();
        sex = u < population.femaleShare() ? 0 : u < population.femaleShare() + population.nonBinaryShare() ? 2 : 1;
        int fall = (int) java.time.LocalDate.of(kgYear - 7, 9, 2).toEpochDay();
        birthDate = fall + rng.below(365) - (rng.chance(population.redshirtShare()) ? 365 : 0);
        double iepRate = (demographics.swdRate() + (poor ? demographics.swdPovertyExtra() : 0))
                * (sex == 1 ? demographics.swdMaleFactor() : 1) / ((1 + demographics.swdMaleFactor()) / 2);
        swd = rng.chance(iepRate);
        severe = swd && rng.chance(demographics.severeShareOfSwd());
        languageMinority = rng.chance(Math.min(0.95,
                languageMinorityByRace[race] * (arrives ? englishLearners.arrivalLanguageMinorityFactor() : 1)));
        foster = rng.chance(poor ? demographics.fosterGivenPoor() : demographics.fosterGivenNotPoor());
        migrant = race == 0 && zone.district.kind == District.Kind.SMALL && rng.chance(demographics.migrantRural());
        snapDraw = rng.uniform();
        tanfDraw = rng.uniform();
        medicaidDraw = rng.uniform();
        frlDraw = rng.uniform();
        c.achievement.drawPerson(rng, person);
        c.achievement.drawTransient(rng, transientPart);
        effort = rng.normal(0, courseParameters.effortSd());
        absencePerson = c.attendance.person(rng);
        disciplinePerson = c.discipline.person(rng);
        disposition = rng.normal(0, c.surveys.p.personSd());
        takesLanguage = rng.chance(courseParameters.worldLanguageShare());
        english = rng.normal(englishLearners.proficiencyStartMean(), englishLearners.proficiencyStartSd());
        englishGrowth = Math.max(0.05, rng.normal(englishLearners.proficiencyGrowthMean(),
                englishLearners.proficiencyGrowthSd())) * (swd ? englishLearners.swdGrowthFactor() : 1);
        identifiedAsEl = languageMinority
                && rng.chance(startGrade == 0 ? englishLearners.elGivenLanguageMinority() : englishLearners.newcomerElShare());
        elStatus = Codes.EO;
    }

    /** Summer before year {@code y}: leaving the state, moving, poverty changes, reclassification. Returns true if the life ends. */
    private boolean startOfYear(int y) {
        if (grade >= 0 && rng.chance(population.leaveSummer())) {
            leaveState(y - 1);
            return true;
        }
        double u = rng.uniform();
        if (u < population.summerMoveWithinDistrict()) {
            zone = zoneInDistrict(zone.district);
            current = null;
        } else if (u < population.summerMoveWithinDistrict() + population.summerMoveOtherDistrict()) {
            zone = zoneInOtherDistrict(zone.district);
            current = null;
        }
        double exit = demographics.povertyExitRate();
        double share = Math.max(0.05, Math.min(0.95, homeZone.povertyShare));
        if (poor ? rng.chance(exit) : rng.chance(exit * share / (1 - share))) {
            poor = !poor;
        }
        if (elStatus == Codes.EL && rng.chance(reclassificationChance())) {
            elStatus = Codes.RFEP;
            reclassifiedDate = NONE; // dated in year() once the school's calendar is known
        }
        return false;
    }

    private double reclassificationChance() {
        boolean elaNearStandard = thetaOf(TestPlan.ELA) >= englishLearners.reclassifyElaThreshold();
        if (lastElpProficient) {
            return elaNearStandard ? englishLearners.reclassifyReady() : englishLearners.reclassifyElpOnly();
        }
        return englishLearners.reclassifyOther();
    }

    /**
     * Simulates one school year. Returns false when the student left during it (or graduated).
     *
     * @param arrivalIndex instructional day of a mid-year arrival (0 otherwise)
     * @param arrivalYear  whether this is the year the student arrived from out of state
     */
    private boolean year(int y, int arrivalIndex, boolean arrivalYear) {
        boolean render = y >= c.firstYear;
        homeless = rng.chance(poor ? demographics.homelessGivenPoor() : demographics.homelessGivenNotPoor());
        School school = chooseSchool(grade, y);
        if (school == null) {
            if (grade == -1) {
                grade = 0;
                return true;
            }
            return false;
        }
        if (grade >= 9 && cohortYear == NONE) {
            cohortYear = y;
        }
        double thetaMean = refreshTheta();
        if (grade >= 9 && !school.isAlternative() && !zone.district.alternatives.isEmpty() && !severe) {
            Parameters.Progression pp = c.parameters.progression();
            double risk = (lastYearSuspensions > 0 ? 1 : 0)
                    + Math.max(0, CourseCatalog.COURSES_PER_YEAR * (grade - 9) - credits) / pp.alternativeCreditsPerPoint()
                    + (chronicLastYear() ? pp.alternativeChronicPoints() : 0);
            if (risk > 0 && rng.chance(c.progression.alternativePlacement(risk))) {
                school = zone.district.alternatives.get(rng.below(zone.district.alternatives.size()));
            }
        }
        current = school;
        SchoolCalendar calendar = layout.calendar(school, y);
        int entryIndex = Math.min(arrivalIndex, calendar.length() - 1);
        identifyEnglishLearner(y, calendar, entryIndex, arrivalYear);
        if (!render && grade < 8) {
            return quietYear(y, school, thetaMean);
        }

        buildStays(y, school, calendar, entryIndex);
        double absenceLogit = c.attendance.yearLogit(rng, absencePerson, poor, thetaMean, swd, homeless, grade);
        boolean monthly = render && c.attendance.writesMonthly(grade);
        long present = 0;
        long enrolled = 0;
        for (int i = 0; i < stays.count(); i++) {
            Stay s = stays.get(i);
            double logit = absenceLogit + s.school.absenceEffect;
            if (monthly) {
                s.present = 0;
                java.util.Arrays.fill(s.monthDays, 0);
                java.util.Arrays.fill(s.monthPresent, 0);
                for (int d = s.entryIndex; d <= s.lastIndex; d++) {
                    s.monthDays[c.dates.month(s.calendar.day(d))]++;
                }
                for (int m = 1; m <= 12; m++) {
                    if (s.monthDays[m] > 0) {
                        int absent = c.attendance.absencesInMonth(rng, s.monthDays[m], logit, m);
                        s.monthPresent[m] = s.monthDays[m] - absent;
                        s.present += s.monthPresent[m];
                    }
                }
            } else {
                s.present = s.days - c.attendance.absences(rng, s.days, logit);
            }
            present += s.present;
            enrolled += s.days;
        }
        double attendancePercent = enrolled == 0 ? 95 : 100.0 * present / enrolled;
        if (grade >= 9) {
            highSchoolPresent += present;
            highSchoolEnrolled += enrolled;
            lastHighSchool = stays.last().school;
        }

        int suspensions = discipline(y, render, thetaMean, absenceLogit);
        if (render) {
            assessments(y, thetaMean);
        } else if (elStatus == Codes.EL) {
            lastElpProficient = english + noise() >= englishLearners.proficientLatent();
        }
        double creditsThisYear = grade >= 6 ? courses(y, render, thetaMean, attendancePercent) : 0;
        if (render && grade >= c.surveys.p.lowestGrade()) {
            survey(y, thetaMean, absenceLogit);
        }
        Stay last = stays.last();
        boolean continues = last.exitCode == Codes.YEAR_END || last.exitCode == Codes.NO_EXIT;
        if (continues) {
            continues = endOfYear(y, last, thetaMean, creditsThisYear);
        } else {
            recordExit(y, last.exitCode);
        }
        if (render) {
            renderStudentYear(y, monthly);
        }
        lastAbsenceLogit = absenceLogit;
        lastYearSuspensions = suspensions;
        if (continues) {
            grow(stays.mainSchool());
        }
        return continues;
    }

    /** A year before the bundle below grade 8: only what later years need (growth, promotion, EL). */
    private boolean quietYear(int y, School school, double thetaMean) {
        lastAbsenceLogit = c.attendance.yearLogit(rng, absencePerson, poor, thetaMean, swd, homeless, grade)
                + school.absenceEffect;
        lastYearSuspensions = 0;
        if (elStatus == Codes.EL) {
            lastElpProficient = english + noise() >= englishLearners.proficientLatent();
        }
        if (grade >= 0 && rng.chance(population.leaveMidYear())) {
            leaveState(y);
            return false;
        }
        if (grade == -1) {
            grade = 0;
        } else if (!c.progression.retainedBelowHighSchool(rng, grade, thetaMean)) {
            grade++;
        }
        grow(school);
        return true;
    }

    private double refreshTheta() {
        for (int s = 0; s < 3; s++) {
            theta[s] = thetaOf(s);
        }
        return (theta[0] + theta[1] + theta[2]) / 3;
    }

    private double thetaOf(int subject) {
        return c.achievement.mean(subject, race, poor, homeZone.povertyShare, swd, severe, elStatus == Codes.EL)
                + person[subject] + transientPart[subject];
    }

    private void grow(School school) {
        c.achievement.grow(rng, transientPart, school.growthEffect);
        if (elStatus == Codes.EL || elStatus == Codes.TBD) {
            english += englishGrowth * (1 + rng.normal(0, englishLearners.proficiencyGrowthNoise()));
        }
    }

    /** EL identification and dating: at kindergarten entry or within weeks of arriving; late spring arrivals are tbd. */
    private void identifyEnglishLearner(int y, SchoolCalendar calendar, int entryIndex, boolean arrivalYear) {
        if (elStatus == Codes.RFEP && reclassifiedDate == NONE) {
            reclassifiedDate = calendar.day(rng.between(calendar.indexOnOrAfter(9, 15), calendar.indexOnOrAfter(11, 30)));
            return;
        }
        if (elStatus != Codes.EO && elStatus != Codes.TBD) {
            return;
        }
        if (!languageMinority) {
            return;
        }
        if (grade == -1) {
            elStatus = Codes.TBD;
            return;
        }
        boolean lateArrival = arrivalYear && c.dates.month(calendar.day(entryIndex)) >= englishLearners.tbdArrivalAfterMonth()
                && c.dates.month(calendar.day(entryIndex)) <= 6;
        if (lateArrival) {
            elStatus = Codes.TBD;
            return;
        }
        if (identifiedAsEl) {
            elStatus = Codes.EL;
            int day = Math.min(calendar.length() - 1, entryIndex + rng.between(3, 25));
            elEntryDate = calendar.day(day);
        } else {
            elStatus = Codes.IFEP;
        }
    }

    private School chooseSchool(int g, int y) {
        if (current != null && current.serves(g, y) && current.district == zone.district) {
            return current;
        }
        District d = zone.district;
        if (g == 9 && !d.charterHighs.isEmpty() && rng.chance(c.parameters.layout().charterHighChoice())) {
            return d.charterHighs.get(rng.below(d.charterHighs.size()));
        }
        School s = zone.schoolFor(g, y);
        if (s != null || g == -1) {
            return s;
        }
        for (School other : d.schools) {
            if (!other.charter && !other.isAlternative() && other.serves(g, y)) {
                return other;
            }
        }
        for (Zone z : layout.zones) {
            School other = z.schoolFor(g, y);
            if (other != null) {
                zone = z;
                return other;
            }
        }
        return null;
    }

    private Zone zoneInDistrict(District d) {
        return d.zones.get(rng.pick(d.zoneCumulative));
    }

    private Zone zoneInOtherDistrict(District d) {
        for (int attempt = 0; attempt < 6; attempt++) {
            Zone z = layout.zones.get(rng.pick(layout.zoneCumulative));
            if (z.district != d) {
                return z;
            }
        }
        return zoneInDistrict(d);
    }

    /** The stays of a year: mid-year moves, leaving the state, dropping out, death. */
    private void buildStays(int y, School school, SchoolCalendar calendar, int entryIndex) {
        int length = calendar.length();
        int exitIndex = NONE;
        int exitCode = Codes.NO_EXIT;
        if (grade >= 0 && rng.chance(population.leaveMidYear())) {
            exitIndex = rng.between(Math.min(length - 2, entryIndex + 1), length - 5);
            exitCode = Codes.TRANSFER_OUT_OF_STATE;
        }
        if (grade >= 9 && !severe) {
            boolean overAge = ageOnSeptember1(y) >= grade + 6;
            double behind = CourseCatalog.COURSES_PER_YEAR * (grade - 9) - credits;
            double p = c.progression.dropout(poor, thetaMeanNow(), lastAbsenceLogit - c.attendance.typical(), behind,
                    overAge, school.isAlternative());
            if (rng.chance(p)) {
                int index = rng.between(Math.min(length - 2, entryIndex + 1), length - 10);
                if (exitIndex == NONE || index < exitIndex) {
                    exitIndex = index;
                    exitCode = rng.chance(c.progression.gedShare()) ? Codes.COMPLETED_OTHER : Codes.DROPOUT;
                }
            }
        }
        if (rng.chance(population.deathRate())) {
            int index = rng.between(Math.min(length - 2, entryIndex + 1), length - 2);
            if (exitIndex == NONE || index < exitIndex) {
                exitIndex = index;
                exitCode = Codes.DECEASED;
            }
        }
        double moveRate = population.midYearMove() * (poor ? population.midYearMovePovertyFactor() : 1)
                * (homeless ? population.midYearMoveHomelessFactor() : 1);
        int firstMove = NONE;
        int secondMove = NONE;
        if (rng.chance(moveRate)) {
            firstMove = rng.between(entryIndex + 1, length - 8);
            if (rng.chance(population.secondMoveShare())) {
                secondMove = rng.between(entryIndex + 1, length - 8);
                if (secondMove < firstMove) {
                    int t = firstMove;
                    firstMove = secondMove;
                    secondMove = t;
                }
            }
        }
        stays.clear();
        School s = school;
        SchoolCalendar sc = calendar;
        int sEntry = entryIndex;
        for (int move : new int[] {firstMove, secondMove}) {
            if (move == NONE || (exitIndex != NONE && move >= exitIndex) || move <= sEntry || move >= sc.length() - 1) {
                continue;
            }
            boolean within = rng.chance(population.moveWithinDistrictShare());
            Zone next = within ? zoneInDistrict(zone.district) : zoneInOtherDistrict(zone.district);
            School target = next.schoolFor(grade, y);
            if (target == null || target == s || stays.includes(target)) {
                continue;
            }
            int lastIndex = move - 1;
            int exitDate;
            int newEntry;
            SchoolCalendar nc = layout.calendar(target, y);
            if (target.district == s.district) {
                newEntry = move;
                exitDate = sc.day(move) - 1; // continuous in the district: the next entry is exit + 1 day
            } else {
                exitDate = sc.day(lastIndex);
                newEntry = nc.indexOnOrAfter(exitDate + 1) + rng.between(0, population.crossDistrictGapDays());
            }
            if (newEntry >= nc.length() - 1) {
                continue;
            }
            stays.add(s, sc, grade, sEntry, lastIndex, exitDate, Codes.TRANSFER_IN_STATE);
            zone = next;
            s = target;
            sc = nc;
            sEntry = newEntry;
        }
        if (exitIndex != NONE) {
            int lastIndex = Math.max(sEntry, Math.min(exitIndex, sc.length() - 1));
            stays.add(s, sc, grade, sEntry, lastIndex, sc.day(lastIndex), exitCode);
        } else {
            stays.add(s, sc, grade, sEntry, sc.length() - 1, sc.lastDay(), Codes.YEAR_END);
        }
        current = s;
    }

    /** Whether last year's absence propensity was at the chronic level (for participation and placement). */
    private boolean chronicLastYear() {
        return lastAbsenceLogit - c.attendance.typical() > c.parameters.attendance().chronicLogitAboveTypical();
    }

    private double thetaMeanNow() {
        return (theta[0] + theta[1] + theta[2]) / 3;
    }

    private int ageOnSeptember1(int y) {
        int september = (int) java.time.LocalDate.of(y - 1, 9, 1).toEpochDay();
        return (int) ((september - birthDate) / 365.25);
    }

    private int discipline(int y, boolean render, double thetaMean, double absenceLogit) {
        double logRate = c.discipline.logRate(disciplinePerson, poor, thetaMean, swd, sex == 1,
                absenceLogit - c.attendance.typical(), grade);
        int suspensions = 0;
        RowSink sink = out.sink(Codes.DISCIPLINE);
        for (int i = 0; i < stays.count(); i++) {
            Stay s = stays.get(i);
            int incidents = c.discipline.incidents(rng, logRate, s.school.disciplineEffect,
                    (double) s.days / s.calendar.length());
            for (int n = 0; n < incidents; n++) {
                int day = s.calendar.day(rng.between(s.entryIndex, s.lastIndex));
                int action = c.discipline.action(rng, grade);
                double days = c.discipline.days(rng, action);
                if (action != DisciplineModel.OTHER) {
                    suspensions++;
                }
                if (render) {
                    sink.integer(y).raw(id).raw(c.schoolIds[s.school.index]).date(day).raw(Codes.ACTION[action])
                            .decimal(days, 1).end();
                }
            }
        }
        return suspensions;
    }

    private void assessments(int y, double thetaMean) {
        boolean chronic = chronicLastYear();
        for (int subject = TestPlan.ELA; subject <= TestPlan.SCIENCE; subject++) {
            TestScale regular = c.plan.accountability(subject, grade);
            if (regular == null) {
                continue;
            }
            TestScale scale = severe ? c.plan.alternate(subject, grade) : regular;
            if (scale == null) {
                out.alternateAssessmentsSkipped++;
                continue;
            }
            int slot = subject == TestPlan.ELA ? StateLayout.ELA_DATE
                    : subject == TestPlan.MATH ? StateLayout.MATH_DATE : StateLayout.SCIENCE_DATE;
            Stay stay = stays.onSchoolDate(layout, y, slot);
            if (stay == null) {
                continue;
            }
            double z = severe ? theta[subject] - severeMean() : theta[subject];
            assessment(y, stay, scale, scale.subjectBytes, layout.schoolDate(stay.school, y, slot),
                    participation(chronic), z + noise(), severe);
        }
        if (elStatus == Codes.EL && grade >= 0) {
            TestScale elp = c.plan.proficiency(grade);
            Stay stay = elp == null ? null : stays.onSchoolDate(layout, y, StateLayout.ELP_DATE);
            if (stay != null) {
                int participation = rng.chance(englishLearners.elpAbsentRate()) ? Codes.ABSENT : Codes.TESTED;
                int score = assessment(y, stay, elp, elp.subjectBytes, layout.schoolDate(stay.school, y, StateLayout.ELP_DATE),
                        participation, english + noise(), false);
                if (score != NONE) {
                    lastElpProficient = elp.proficient(score);
                }
            }
        }
        if (grade == 11 && !severe) {
            collegeEntranceTests(y, thetaMean, chronic);
        } else if (grade == 12 && tookSat && rng.chance(testing.satGrade12RetakeRate())) {
            Stay stay = stays.on(c.satFallDate(y));
            TestScale erw = c.plan.satErw(12);
            TestScale math = c.plan.satMath(12);
            if (stay != null && erw != null && math != null) {
                int date = c.satFallDate(y);
                double gain = testing.satRetakeGain();
                assessment(y, stay, erw, erw.subjectBytes, date, Codes.TESTED, theta[0] + gain + noise(), false);
                assessment(y, stay, math, math.subjectBytes, date, Codes.TESTED, theta[1] + gain + noise(), false);
            }
        }
    }

    private void collegeEntranceTests(int y, double thetaMean, boolean chronic) {
        TestScale erw = c.plan.satErw(11);
        TestScale math = c.plan.satMath(11);
        if (erw != null && math != null
                && rng.chance(Rng.logistic(Rng.logit(testing.satGrade11Rate()) + testing.satAchievementEffect() * thetaMean
                        - (chronic ? testing.satAchievementEffect() : 0)))) {
            Stay stay = stays.onSchoolDate(layout, y, StateLayout.SAT_DATE);
            if (stay != null) {
                int date = layout.schoolDate(stay.school, y, StateLayout.SAT_DATE);
                assessment(y, stay, erw, erw.subjectBytes, date, Codes.TESTED, theta[0] + noise(), false);
                assessment(y, stay, math, math.subjectBytes, date, Codes.TESTED, theta[1] + noise(), false);
                tookSat = true;
            }
        }
        TestScale act = c.plan.act(11);
        if (act != null
                && rng.chance(Rng.logistic(Rng.logit(testing.actRate()) + testing.actAchievementEffect() * thetaMean))) {
            Stay stay = stays.on(c.actDate(y));
            if (stay != null) {
                assessment(y, stay, act, act.subjectBytes, c.actDate(y), Codes.TESTED, thetaMean + noise(), false);
            }
        }
    }

    /** A test's measurement error. */
    private double noise() {
        return rng.normal(0, c.achievement.measurementSd());
    }

    private double severeMean() {
        Parameters.Achievement a = c.parameters.achievement();
        return a.swdEffect() + a.severeEffect();
    }

    private int participation(boolean chronic) {
        double factor = chronic ? testing.chronicAbsenceNonParticipationFactor() : 1;
        double u = rng.uniform();
        double absent = testing.absentRate() * factor;
        double refused = absent + (grade == 11 ? testing.refusedRateGrade11() : testing.refusedRate());
        double medical = refused + testing.medicalRate();
        double other = medical + testing.notTestedOtherRate() * factor;
        return u < absent ? Codes.ABSENT : u < refused ? Codes.REFUSED : u < medical ? Codes.MEDICAL
                : u < other ? Codes.NOT_TESTED_OTHER : Codes.TESTED;
    }

    /** Writes one assessments.csv row; returns the scale score, or NONE when not tested. */
    private int assessment(int y, Stay stay, TestScale scale, byte[] subject, int date, int participation, double z,
            boolean alternate) {
        RowSink sink = out.sink(Codes.ASSESSMENTS);
        sink.integer(y).raw(id).raw(c.schoolIds[stay.school.index]).raw(scale.testBytes).raw(subject)
                .raw(Codes.grade(stay.grade)).date(date);
        int score = NONE;
        if (participation == Codes.TESTED) {
            score = scale.score(z);
            sink.integer(score);
            if (scale.hasLevels()) {
                sink.integer(scale.level(score));
            } else {
                sink.empty();
            }
        } else {
            sink.empty().empty();
        }
        sink.raw(Codes.PARTICIPATION[participation]).bool(alternate).end();
        return score;
    }

    /** Course marks of grades 6-12; returns the credits (finals) earned this year. */
    private double courses(int y, boolean render, double thetaMean, double attendancePercent) {
        CourseModel model = c.courses;
        model.chooseTracks(rng, grade, theta, advanced);
        CourseCatalog.select(grade, advanced, takesLanguage, stays.last().school.ib, courses);
        int[] terms = grade <= 8 ? TERMS_MIDDLE : grade == 9 ? ninthGradeTerms : highSchoolTerms;
        for (int t : terms) {
            termStay[t] = stays.atEndOf(t);
        }
        double yearShock = rng.normal(0, courseParameters.yearSd());
        double creditsThisYear = 0;
        RowSink sink = out.sink(Codes.COURSE_GRADES);
        for (Course course : courses) {
            double driver = course.achievement() < 0 ? thetaMean : theta[course.achievement()];
            model.termLatents(rng, grade, model.courseLatent(rng, course, driver, effort, attendancePercent, yearShock),
                    termLatent);
            for (int t : terms) {
                Stay s = termStay[t];
                if (s == null) {
                    continue;
                }
                int mark = model.mark(termLatent[t] + s.school.leniency);
                boolean passFail = model.passFailPe(course, s.school);
                boolean incomplete = model.incomplete(rng, t);
                double attempted = CourseModel.creditsAttempted(t);
                boolean passed = mark >= 1;
                double earned = incomplete || !passed ? 0 : attempted;
                double points = CourseModel.points(mark, course);
                if (t == Codes.FINAL && grade >= 9) {
                    creditsThisYear += earned;
                    if (!passFail) {
                        gpaPoints += points;
                        gpaCredits += 1;
                    }
                    if (course.agApproved() && mark >= CourseModel.MARK_C && !passFail) {
                        agPassed++;
                    }
                }
                if (t == Codes.FINAL && course.advanced() && render) {
                    exam(y, course);
                }
                if (render) {
                    courseRow(sink, y, s, t, course, mark, passFail, incomplete, passed, points, attempted, earned);
                }
            }
        }
        credits += creditsThisYear;
        return creditsThisYear;
    }

    private void courseRow(RowSink sink, int y, Stay s, int term, Course course, int mark, boolean passFail,
            boolean incomplete, boolean passed, double points, double attempted, double earned) {
        sink.integer(y).raw(id).raw(c.schoolIds[s.school.index]).raw(Codes.TERM[term]).raw(course.idBytes)
                .raw(course.nameBytes).raw(course.subjectAreaBytes);
        if (incomplete) {
            sink.raw(Codes.INCOMPLETE).empty();
        } else if (passFail) {
            sink.raw(passed ? Codes.PASS : Codes.NO_PASS).empty();
        } else {
            sink.raw(Codes.MARK[mark]).decimal(points, 1);
        }
        if (Double.isNaN(attempted)) {
            sink.empty().empty();
        } else {
            sink.decimal(attempted, 1).decimal(earned, 1);
        }
        sink.bool(course.agApproved() && grade >= 9).bool(course.advanced()).end();
    }

    /** The May exam of an AP or IB course, at the school the student attends on the exam date. */
    private void exam(int y, Course course) {
        TestScale scale = course.kind() == Course.Kind.IB ? c.plan.ib(grade) : c.plan.ap(grade);
        if (scale == null || !rng.chance(testing.apExamRate())) {
            return;
        }
        int date = c.examDate(y, course.examCode());
        Stay stay = stays.on(date);
        if (stay == null) {
            return;
        }
        double takerMean = course.kind() == Course.Kind.IB ? testing.ibTakerMean() : testing.apTakerMean();
        double driver = course.achievement() < 0 ? thetaMeanNow() : theta[course.achievement()];
        assessment(y, stay, scale, course.examBytes, date, Codes.TESTED,
                driver - takerMean + rng.normal(0, testing.examNoiseSd()), false);
    }

    private void survey(int y, double thetaMean, double absenceLogit) {
        Stay stay = stays.onSchoolDate(layout, y, StateLayout.SURVEY_DATE);
        if (stay == null || !rng.chance(stay.school.surveyParticipation)) {
            return;
        }
        Parameters.Surveys p = c.surveys.p;
        double shift = disposition + p.achievementWeight() * thetaMean
                + p.attendanceWeight() * (c.attendance.typical() - absenceLogit);
        RowSink sink = out.sink(Codes.SURVEYS);
        byte[] school = c.schoolIds[stay.school.index];
        for (int construct = 0; construct < SurveyModel.CONSTRUCTS; construct++) {
            double constructShift = shift + (SurveyModel.isClimate(construct) ? stay.school.climateEffect : 0);
            for (byte[] item : c.surveys.itemIds[construct]) {
                int response = c.surveys.response(rng, construct, constructShift);
                sink.integer(y).raw(school).raw(id).raw(Codes.RESPONDENT[0]).raw(Codes.grade(stay.grade))
                        .raw(Codes.CONSTRUCT[construct]).raw(item).integer(response)
                        .bool(SurveyModel.favorable(response)).end();
            }
        }
    }

    /** Promotion, retention or graduation of a student enrolled at year end. Returns whether the student continues. */
    private boolean endOfYear(int y, Stay last, double thetaMean, double creditsThisYear) {
        boolean sixthYearOver = cohortYear != NONE && y >= cohortYear + 5;
        if (grade == 12) {
            if (severe) {
                if (rng.chance(c.progression.alternateDiplomaRate()) || sixthYearOver) {
                    last.exitCode = Codes.COMPLETED_OTHER;
                    recordOutcome(Codes.OUT_GRADUATED_ALTERNATIVE, y);
                    recordHighSchoolExit(y, Codes.OUT_GRADUATED_ALTERNATIVE);
                    return false;
                }
                return true;
            }
            if (c.progression.graduates(credits)) {
                last.exitCode = Codes.GRADUATED;
                recordOutcome(Codes.OUT_GRADUATED, y);
                recordHighSchoolExit(y, Codes.OUT_GRADUATED);
                return false;
            }
        }
        if (grade >= 9 && sixthYearOver) {
            last.exitCode = Codes.DROPOUT;
            recordOutcome(Codes.OUT_DROPOUT, y);
            recordHighSchoolExit(y, Codes.OUT_DROPOUT);
            return false;
        }
        if (grade >= 9 && grade <= 11) {
            if (c.progression.promotedInHighSchool(grade, creditsThisYear, credits, grade - 8)) {
                grade++;
            }
        } else if (grade == -1) {
            grade = 0;
        } else if (grade <= 8 && !c.progression.retainedBelowHighSchool(rng, grade, thetaMean)) {
            grade++;
        }
        return true;
    }

    private void recordExit(int y, int exitCode) {
        switch (exitCode) {
            case Codes.TRANSFER_OUT_OF_STATE -> leaveState(y);
            case Codes.DROPOUT -> {
                recordOutcome(Codes.OUT_DROPOUT, y);
                recordHighSchoolExit(y, Codes.OUT_DROPOUT);
            }
            case Codes.COMPLETED_OTHER -> {
                recordOutcome(Codes.OUT_GED, y);
                recordHighSchoolExit(y, Codes.OUT_GED);
            }
            case Codes.DECEASED -> recordOutcome(Codes.OUT_DECEASED, y);
            default -> {
            }
        }
    }

    private void leaveState(int lastYearEnrolled) {
        recordOutcome(rng.chance(population.emigratedShare()) ? Codes.OUT_EMIGRATED : Codes.OUT_TRANSFERRED_OUT,
                lastYearEnrolled);
    }

    private void recordOutcome(int code, int y) {
        if (cohortYear != NONE && outcome == NONE) {
            outcome = code;
            outcomeYear = Math.max(y, cohortYear);
        }
    }

    private void recordHighSchoolExit(int y, int code) {
        highSchoolExitYear = y;
        highSchoolExitCode = code;
    }

    private void renderStudentYear(int y, boolean monthly) {
        if (!anyRow) {
            anyRow = true;
            out.studentsWithRows++;
        }
        out.studentsPerYear[y - c.firstYear]++;
        RowSink students = out.sink(Codes.STUDENTS);
        boolean snap = poor && snapDraw < demographics.snapGivenPoor();
        boolean tanf = poor && tanfDraw < demographics.tanfGivenPoor();
        boolean directCertified = snap || tanf || foster || homeless || migrant
                || (poor && medicaidDraw < demographics.medicaidCertGivenPoor());
        boolean frl = poor && frlDraw < demographics.frlFormGivenPoor();
        students.integer(y).raw(id).date(birthDate).raw(Codes.SEX[sex]).raw(Codes.RACE[race])
                .raw(Codes.EL_STATUS[elStatus]).dateOrEmpty(elEntryDate)
                .dateOrEmpty(elStatus == Codes.RFEP ? reclassifiedDate : NONE)
                .bool(swd).bool(frl).bool(directCertified).bool(tanf).bool(snap).bool(foster).bool(homeless)
                .bool(migrant).end();
        RowSink enrollments = out.sink(Codes.ENROLLMENTS);
        RowSink months = out.sink(Codes.ATTENDANCE_MONTHLY);
        for (int i = 0; i < stays.count(); i++) {
            Stay s = stays.get(i);
            byte[] school = c.schoolIds[s.school.index];
            enrollments.integer(y).raw(id).raw(school).raw(Codes.grade(s.grade)).date(s.entryDate);
            boolean openAtYearEnd = s.exitCode == Codes.YEAR_END && s.school.district.emptyYearEndExit;
            if (openAtYearEnd) {
                enrollments.empty().empty();
            } else {
                enrollments.date(s.exitDate).raw(Codes.EXIT[s.exitCode]);
            }
            enrollments.integer(s.days).integer(s.present).end();
            if (monthly) {
                for (int m : SCHOOL_MONTHS) {
                    if (s.monthDays[m] > 0) {
                        months.integer(y).raw(id).raw(school).integer(m).integer(s.monthDays[m])
                                .integer(s.monthPresent[m]).end();
                    }
                }
            }
        }
    }

    private void finish() {
        if (cohortYear != NONE && cohortYear >= c.firstYear - 5 && cohortYear <= c.lastYear - 3 && lastHighSchool != null) {
            int code = outcome == NONE ? Codes.OUT_STILL_ENROLLED : outcome;
            int year = outcome == NONE ? c.lastYear : outcomeYear;
            out.sink(Codes.GRADUATION_COHORTS).integer(cohortYear).raw(id).raw(c.schoolIds[lastHighSchool.index])
                    .raw(Codes.OUTCOME[code]).integer(year).end();
        }
        // leavers of years before the oldest cohort's senior year are only partly simulated: not written
        if (highSchoolExitYear != NONE && highSchoolExitYear <= c.lastYear - 1 && highSchoolExitYear >= c.firstCohort + 12) {
            postsecondary();
        }
    }

    private void postsecondary() {
        boolean graduate = highSchoolExitCode == Codes.OUT_GRADUATED;
        boolean ged = highSchoolExitCode == Codes.OUT_GED || highSchoolExitCode == Codes.OUT_GRADUATED_ALTERNATIVE;
        double gpa = gpaCredits == 0 ? 2.0 : gpaPoints / gpaCredits;
        double attendancePercent = highSchoolEnrolled == 0 ? 93 : 100.0 * highSchoolPresent / highSchoolEnrolled;
        boolean agComplete = graduate && takesLanguage && agPassed >= c.postsecondary.agCourses();
        c.postsecondary.probabilities(graduate, ged, gpa, attendancePercent, refreshTheta(), poor, agComplete,
                probabilities);
        int enrolledFall = PostsecondaryModel.NONE;
        boolean persisted = false;
        if (rng.chance(probabilities[0])) {
            boolean fourYear = rng.chance(probabilities[1]);
            enrolledFall = fourYear ? PostsecondaryModel.FOUR_YEAR : PostsecondaryModel.TWO_YEAR;
            persisted = rng.chance(fourYear ? probabilities[3] : probabilities[2]);
        }
        boolean persistenceKnown = highSchoolExitYear <= c.lastYear - 2;
        RowSink sink = out.sink(Codes.POSTSECONDARY);
        sink.raw(id).integer(highSchoolExitYear).raw(Codes.ENROLLED_FALL[enrolledFall]);
        if (persistenceKnown) {
            sink.bool(persisted);
            out.recordPersistence(PostsecondaryModel.persistence(probabilities), persisted);
        } else {
            sink.empty();
        }
        sink.bool(agComplete).end();
    }
}
