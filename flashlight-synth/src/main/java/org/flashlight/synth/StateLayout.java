package org.flashlight.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fixed structure of the synthetic state: districts of very different sizes, their schools and
 * attendance zones (feeder patterns), calendars, test and survey dates, and each school's hidden
 * effects. Built once from the seed before any student is generated; immutable afterwards, so
 * every worker thread reads it freely.
 */
final class StateLayout {
    /** Slots of the per-school, per-year date table. */
    static final int ELA_DATE = 0;
    static final int MATH_DATE = 1;
    static final int SCIENCE_DATE = 2;
    static final int ELP_DATE = 3;
    static final int SAT_DATE = 4;
    static final int SURVEY_DATE = 5;
    private static final int DATE_SLOTS = 6;

    /** Shares of the 13 grades KG-12 by school level, for planned sizes. */
    private static final double ELEMENTARY_GRADES = 6.0 / 13;
    private static final double MIDDLE_GRADES = 3.0 / 13;
    private static final double HIGH_GRADES = 4.0 / 13;

    final List<District> districts;
    final List<School> schools;
    final List<Zone> zones;
    /** Cumulative zone weights over the whole state (district share times zone share). */
    final double[] zoneCumulative;
    /** A school that opens with grade 6 the year before the bundle and adds a grade a year up to 8. */
    final School growingMiddle;
    /** A school that opens in the bundle's second year with PK-2 and grows to PK-5 (null for one-year bundles). */
    final School newElementary;
    /** Earliest school year simulated (the pre-K year of the oldest back cohort). */
    final int firstSimulatedYear;
    final int firstYear;
    final int lastYear;
    private final SchoolCalendar[][] calendars;
    private final int[][] schoolDates;

    private StateLayout(List<District> districts, List<School> schools, List<Zone> zones, School growingMiddle,
            School newElementary, int firstSimulatedYear, int firstYear, int lastYear, SchoolCalendar[][] calendars,
            int[][] schoolDates) {
        this.districts = List.copyOf(districts);
        this.schools = List.copyOf(schools);
        this.zones = List.copyOf(zones);
        this.growingMiddle = growingMiddle;
        this.newElementary = newElementary;
        this.firstSimulatedYear = firstSimulatedYear;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.calendars = calendars;
        this.schoolDates = schoolDates;
        double[] weights = new double[zones.size()];
        for (District d : districts) {
            double total = d.zones.stream().mapToDouble(z -> z.weight).sum();
            for (Zone z : d.zones) {
                weights[z.index] = d.plannedStudents * z.weight / total;
            }
        }
        this.zoneCumulative = Rng.cumulative(weights);
    }

    SchoolCalendar calendar(District district, int schoolYear) {
        return calendars[district.calendarVariant][schoolYear - firstSimulatedYear];
    }

    SchoolCalendar calendar(School school, int schoolYear) {
        return calendar(school.district, schoolYear);
    }

    /** A school's date (epoch day) of a test or survey slot in a year. */
    int schoolDate(School school, int schoolYear, int slot) {
        return schoolDates[school.index][(schoolYear - firstSimulatedYear) * DATE_SLOTS + slot];
    }

    static StateLayout build(GeneratorSettings settings, Parameters parameters) {
        return new Builder(settings, parameters).build();
    }

    /**
     * Number of districts for a state size: one per {@code studentsPerDistrict} students, at least
     * {@code minDistricts} from 10,000 students on (below that one per {@code tinyStateStudentsPerDistrict},
     * at least {@code tinyStateMinDistricts}), at most {@code maxDistricts}.
     */
    static int districtCount(long students, Parameters.Layout p) {
        long bySize = Math.round(students / p.studentsPerDistrict());
        long floor = students >= 10_000 ? p.minDistricts() : Math.max(p.tinyStateMinDistricts(),
                Math.min(p.minDistricts(), Math.round(students / p.tinyStateStudentsPerDistrict())));
        return (int) Math.min(p.maxDistricts(), Math.max(bySize, floor));
    }

    private static final class Builder {
        private final GeneratorSettings settings;
        private final Parameters parameters;
        private final Parameters.Layout p;
        private final Rng rng;
        private final List<District> districts = new ArrayList<>();
        private final List<School> schools = new ArrayList<>();
        private final List<Zone> zones = new ArrayList<>();
        private final int firstYear;
        private final int firstSimulatedYear;
        private School growingMiddle;
        private School newElementary;

        Builder(GeneratorSettings settings, Parameters parameters) {
            this.settings = settings;
            this.parameters = parameters;
            this.p = parameters.layout();
            this.rng = Rng.stream(settings.seed(), Rng.LAYOUT, 0);
            this.firstYear = settings.firstSchoolYear();
            this.firstSimulatedYear = StudentLife.firstCohort(firstYear) - 1;
        }

        StateLayout build() {
            int count = districtCount(settings.students(), p);
            double[] shares = districtShares(count);
            for (int d = 0; d < count; d++) {
                District.Kind kind = d == 0 ? District.Kind.URBAN
                        : d <= midSizeCount(count) ? District.Kind.MID_SIZE
                        : rng.chance(p.charterLeaShare()) ? District.Kind.CHARTER : District.Kind.SMALL;
                districts.add(newDistrict(d, kind, shares[d] * settings.students()));
            }
            for (District d : districts) {
                buildSchools(d);
            }
            for (District d : districts) {
                d.zoneCumulative = Rng.cumulative(d.zones.stream().mapToDouble(z -> z.weight).toArray());
            }
            planSizesAndPoverty();
            for (School s : schools) {
                drawEffects(s);
            }
            ensureIbSchool();
            SchoolCalendar[][] calendars = new SchoolCalendar[p.calendarVariants()][];
            int years = settings.lastSchoolYear() - firstSimulatedYear + 1;
            for (int v = 0; v < p.calendarVariants(); v++) {
                calendars[v] = new SchoolCalendar[years];
                for (int y = 0; y < years; y++) {
                    calendars[v][y] = SchoolCalendar.of(firstSimulatedYear + y, v, p.instructionalDays());
                }
            }
            int[][] dates = new int[schools.size()][];
            for (School s : schools) {
                dates[s.index] = drawDates(s, calendars[s.district.calendarVariant]);
            }
            return new StateLayout(districts, schools, zones, growingMiddle, newElementary, firstSimulatedYear,
                    firstYear, settings.lastSchoolYear(), calendars, dates);
        }

        private int midSizeCount(int count) {
            return Math.max(3, (int) Math.round(count * p.midSizeDistrictShare()));
        }

        /** Urban first, then mid-size, then a long log-normal tail of small districts. */
        private double[] districtShares(int count) {
            int mid = Math.min(midSizeCount(count), count - 1);
            int small = count - 1 - mid;
            double[] shares = new double[count];
            shares[0] = p.urbanShare();
            double smallShare = 1 - p.urbanShare() - p.midSizeStudentShare();
            double midShare = small == 0 ? 1 - p.urbanShare() : p.midSizeStudentShare();
            double[] midWeights = new double[mid];
            for (int i = 0; i < mid; i++) {
                midWeights[i] = StrictMath.exp(rng.normal(0, p.midSizeDistrictSpread()));
            }
            double[] smallWeights = new double[small];
            for (int i = 0; i < small; i++) {
                smallWeights[i] = StrictMath.exp(rng.normal(0, p.smallDistrictSpread()));
            }
            double midSum = sum(midWeights);
            double smallSum = sum(smallWeights);
            for (int i = 0; i < mid; i++) {
                shares[1 + i] = midShare * midWeights[i] / midSum;
            }
            for (int i = 0; i < small; i++) {
                shares[1 + mid + i] = smallShare * smallWeights[i] / smallSum;
            }
            return shares;
        }

        private District newDistrict(int index, District.Kind kind, double planned) {
            Parameters.Demographics demo = parameters.demographics();
            double[] base = switch (kind) {
                case URBAN, CHARTER -> toArray(demo.urbanRace());
                case MID_SIZE -> toArray(demo.stateRace());
                case SMALL -> rng.chance(demo.tribalDistrictShare())
                        ? toArray(demo.tribalRace())
                        : toArray(demo.ruralRace());
            };
            double[] race = new double[7];
            double total = 0;
            for (int r = 0; r < 7; r++) {
                race[r] = rng.gamma(Math.max(0.02, base[r] * demo.districtRaceConcentration()));
                total += race[r];
            }
            for (int r = 0; r < 7; r++) {
                race[r] /= total;
            }
            double meanPoverty = switch (kind) {
                case URBAN -> p.urbanPovertyMean();
                case CHARTER -> p.urbanPovertyMean() + rng.normal(0, p.districtPovertySpread());
                case MID_SIZE -> p.midSizePovertyMean() + rng.normal(0, p.districtPovertySpread());
                case SMALL -> p.smallPovertyMean() + rng.normal(0, p.districtPovertySpread());
            };
            meanPoverty = Math.max(0.08, Math.min(0.9, meanPoverty));
            String place = NameBank.place(index);
            String name = kind == District.Kind.CHARTER ? NameBank.charterDistrictName(index, rng)
                    : NameBank.districtName(index, rng, kind == District.Kind.URBAN);
            String id = String.format("%04d", index + 1);
            return new District(index, id, name, place, kind, planned, meanPoverty, rng.below(p.calendarVariants()),
                    rng.chance(p.emptyYearEndExitShare()), race);
        }

        private void buildSchools(District d) {
            double e = d.plannedStudents;
            if (d.kind == District.Kind.CHARTER) {
                // a charter school that is its own LEA; its students go on to a high school of the urban district
                School k8 = addSchool(d, SchoolType.K8, true, rng.chance(p.charterPrekShare()) ? -1 : 0, 8, 8,
                        School.ALWAYS_OPEN);
                List<School> highs = districts.get(0).schools.stream()
                        .filter(s -> s.type == SchoolType.HIGH && !s.charter).toList();
                addZone(d, List.of(k8, highs.get(rng.below(highs.size()))), 1);
                return;
            }
            if (d.kind == District.Kind.SMALL && e <= p.k12DistrictMaxStudents()) {
                School k12 = addSchool(d, SchoolType.K12, false, prekLow(), 12, 12, School.ALWAYS_OPEN);
                addZone(d, List.of(k12), 1);
                return;
            }
            if (d.kind == District.Kind.SMALL && e <= p.twoSchoolMaxStudents()) {
                School k8 = addSchool(d, SchoolType.K8, false, prekLow(), 8, 8, School.ALWAYS_OPEN);
                School high = addSchool(d, SchoolType.HIGH, false, 9, 12, 12, School.ALWAYS_OPEN);
                addZone(d, List.of(k8, high), 1);
                return;
            }
            boolean urban = d.kind == District.Kind.URBAN;
            int highs = Math.max(1, (int) Math.round(e * HIGH_GRADES / p.highSize()));
            int middles = Math.max(1, (int) Math.round(e * MIDDLE_GRADES / p.middleSize()));
            int elementaries = Math.max(1, (int) Math.round(e * ELEMENTARY_GRADES / p.elementarySize()));
            int k8s = 0;
            int charterK8s = 0;
            int charterHighs = 0;
            if (urban) {
                k8s = Math.max(1, (int) Math.round(elementaries * p.urbanK8Share()));
                elementaries = Math.max(2, elementaries - k8s);
                int charters = Math.max(2, (int) Math.round((highs + middles + elementaries + k8s) * p.urbanCharterShare()));
                charterHighs = Math.max(1, charters / 3);
                charterK8s = charters - charterHighs;
            } else if (d.kind == District.Kind.MID_SIZE && rng.chance(p.midSizeCharterChance())) {
                charterK8s = Math.max(1, (int) Math.round((highs + middles + elementaries) * p.midSizeCharterShare()));
            }
            List<School> highList = new ArrayList<>();
            for (int i = 0; i < highs; i++) {
                highList.add(addSchool(d, SchoolType.HIGH, false, 9, 12, 12, School.ALWAYS_OPEN));
            }
            List<School> middleList = new ArrayList<>();
            for (int i = 0; i < middles; i++) {
                middleList.add(addSchool(d, SchoolType.MIDDLE, false, 6, 8, 8, School.ALWAYS_OPEN));
            }
            if (urban) {
                growingMiddle = addSchool(d, SchoolType.MIDDLE, false, 6, 6, 8, firstYear - 1);
            }
            int growingZones = urban ? Math.max(1, (int) Math.round(elementaries * 0.2)) : 0;
            for (int i = 0; i < elementaries; i++) {
                School elementary = addSchool(d, SchoolType.ELEMENTARY, false, prekLow(), 5, 5, School.ALWAYS_OPEN);
                School middle = middleList.get(i * middles / elementaries);
                School high = highList.get(middleList.indexOf(middle) * highs / middles);
                List<School> pathway = new ArrayList<>();
                if (urban && i == elementaries - 1 && settings.years() >= 2) {
                    newElementary = addSchool(d, SchoolType.ELEMENTARY, false, -1, 2, 5, firstYear + 1);
                    pathway.add(newElementary);
                }
                pathway.add(elementary);
                if (i < growingZones) {
                    pathway.add(growingMiddle);
                }
                pathway.add(middle);
                pathway.add(high);
                addZone(d, pathway, sizeFactor());
            }
            for (int i = 0; i < k8s; i++) {
                School k8 = addSchool(d, SchoolType.K8, false, prekLow(), 8, 8, School.ALWAYS_OPEN);
                addZone(d, List.of(k8, highList.get(i % highs)), sizeFactor() * 1.3);
            }
            for (int i = 0; i < charterK8s; i++) {
                School k8 = addSchool(d, SchoolType.K8, true, rng.chance(p.charterPrekShare()) ? -1 : 0, 8, 8,
                        School.ALWAYS_OPEN);
                addZone(d, List.of(k8, highList.get(i % highs)), sizeFactor() * 0.8);
            }
            for (int i = 0; i < charterHighs; i++) {
                d.charterHighs.add(addSchool(d, SchoolType.HIGH, true, 9, 12, 12, School.ALWAYS_OPEN));
            }
            if (d.kind != District.Kind.SMALL) {
                int alternatives = Math.max(1, (int) Math.round(e / p.studentsPerAlternative()));
                for (int i = 0; i < alternatives; i++) {
                    d.alternatives.add(addSchool(d, SchoolType.ALTERNATIVE, false, 9, 12, 12, School.ALWAYS_OPEN));
                }
            }
        }

        private int prekLow() {
            return rng.chance(p.prekShare()) ? -1 : 0;
        }

        private double sizeFactor() {
            return StrictMath.exp(rng.normal(0, p.schoolSizeSpread()));
        }

        private School addSchool(District d, SchoolType type, boolean charter, int low, int openingHigh, int finalHigh,
                int openYear) {
            int index = schools.size();
            String id = d.id + String.format("%04d", d.schools.size() + 1);
            String name = NameBank.schoolName(type, charter, d.place, rng);
            School s = new School(index, id, name, d, type, charter, low, openingHigh, finalHigh, openYear);
            schools.add(s);
            d.schools.add(s);
            return s;
        }

        private void addZone(District d, List<School> pathway, double weight) {
            double poverty = rng.beta(d.povertyMean, p.povertyConcentration());
            poverty = Math.max(0.02, Math.min(0.98, poverty));
            List<Double> segregation = parameters.demographics().raceSegregation();
            double[] race = new double[7];
            for (int r = 0; r < 7; r++) {
                race[r] = d.raceShares[r] * StrictMath.exp(segregation.get(r) * (poverty - d.povertyMean));
            }
            Zone z = new Zone(zones.size(), d, pathway, weight, poverty, Rng.cumulative(race));
            zones.add(z);
            d.zones.add(z);
        }

        /** Planned enrollment and poverty of every school, from the zones that feed it in the last year. */
        private void planSizesAndPoverty() {
            int year = settings.lastSchoolYear();
            double[] students = new double[schools.size()];
            double[] poor = new double[schools.size()];
            double prekShare = parameters.population().prekAttendance();
            for (District d : districts) {
                double total = d.zones.stream().mapToDouble(z -> z.weight).sum();
                for (Zone z : d.zones) {
                    double zoneStudents = d.plannedStudents * z.weight / total;
                    for (int g = -1; g <= 12; g++) {
                        School s = z.schoolFor(g, year);
                        if (s == null) {
                            continue;
                        }
                        double share = (g == -1 ? prekShare : 1.0) / 13;
                        if (g >= 9 && !d.charterHighs.isEmpty()) {
                            double toCharter = share * p.charterHighChoice();
                            for (School c : d.charterHighs) {
                                students[c.index] += zoneStudents * toCharter / d.charterHighs.size();
                                poor[c.index] += zoneStudents * toCharter / d.charterHighs.size() * z.povertyShare;
                            }
                            share -= toCharter;
                        }
                        students[s.index] += zoneStudents * share;
                        poor[s.index] += zoneStudents * share * z.povertyShare;
                    }
                }
            }
            double directCertGivenPoor = 1 - (1 - parameters.demographics().snapGivenPoor())
                    * (1 - parameters.demographics().tanfGivenPoor())
                    * (1 - parameters.demographics().medicaidCertGivenPoor());
            for (School s : schools) {
                if (s.isAlternative()) {
                    s.plannedStudents = p.alternativeSize() * Math.max(0.3, Math.min(1, s.district.plannedStudents / 15_000));
                    s.plannedPoverty = Math.min(0.95, s.district.povertyMean + p.alternativePovertyExtra());
                } else {
                    s.plannedStudents = students[s.index];
                    s.plannedPoverty = students[s.index] > 0 ? poor[s.index] / students[s.index] : s.district.povertyMean;
                }
                s.titleI = s.plannedPoverty >= p.titleIThreshold();
                s.cep = s.plannedPoverty * directCertGivenPoor >= p.cepThreshold();
            }
        }

        private void drawEffects(School s) {
            Parameters.Achievement a = parameters.achievement();
            double shared = rng.normal();
            double r = a.schoolGrowthCorrelation();
            for (int subject = 0; subject < 3; subject++) {
                s.growthEffect[subject] = a.schoolGrowthSd()
                        * (StrictMath.sqrt(r) * shared + StrictMath.sqrt(1 - r) * rng.normal());
            }
            s.absenceEffect = rng.normal(0, parameters.attendance().schoolSd())
                    + (s.isAlternative() ? parameters.attendance().alternativeEffect() : 0);
            s.disciplineEffect = rng.normal(0, parameters.discipline().schoolSd())
                    + (s.isAlternative() ? parameters.discipline().alternativeEffect() : 0);
            s.climateEffect = rng.normal(0, parameters.surveys().schoolClimateSd()) + 0.5 * shared * a.schoolGrowthSd();
            s.leniency = rng.normal(0, parameters.courses().schoolLeniencySd());
            s.passFailPe = rng.chance(parameters.courses().passFailPeShare());
            s.surveyParticipation = Math.max(0.2, Math.min(0.98,
                    rng.normal(parameters.surveys().studentParticipationMean(), parameters.surveys().studentParticipationSd())));
            s.classEffect = rng.normal(0, parameters.classObservations().schoolSd());
            s.ib = s.type == SchoolType.HIGH && !s.charter && rng.chance(p.ibShare());
        }

        private void ensureIbSchool() {
            if (schools.stream().noneMatch(s -> s.ib)) {
                schools.stream().filter(s -> s.type == SchoolType.HIGH && !s.charter).findFirst().ifPresent(s -> s.ib = true);
            }
        }

        private int[] drawDates(School s, SchoolCalendar[] calendars) {
            Parameters.Testing t = parameters.testing();
            int[] dates = new int[calendars.length * DATE_SLOTS];
            for (int y = 0; y < calendars.length; y++) {
                SchoolCalendar c = calendars[y];
                int windowStart = c.indexOnOrAfter(t.testWindowMonth(), t.testWindowDay());
                int windowEnd = Math.min(c.length() - 6, windowStart + t.testWindowDays() * 5 / 7);
                int ela = rng.between(windowStart, Math.max(windowStart, windowEnd - 4));
                int math = Math.min(c.length() - 1, ela + rng.between(1, 2));
                int science = Math.min(c.length() - 1, math + rng.between(1, 2));
                int elpStart = c.indexOnOrAfter(2, 1);
                int elp = rng.between(elpStart, c.indexOnOrAfter(3, 15));
                int sat = rng.between(c.indexOnOrAfter(3, 1), c.indexOnOrAfter(4, 15));
                int survey = rng.between(c.indexOnOrAfter(2, 15), c.indexOnOrAfter(3, 31));
                int base = y * DATE_SLOTS;
                dates[base + ELA_DATE] = c.day(ela);
                dates[base + MATH_DATE] = c.day(math);
                dates[base + SCIENCE_DATE] = c.day(science);
                dates[base + ELP_DATE] = c.day(elp);
                dates[base + SAT_DATE] = c.day(sat);
                dates[base + SURVEY_DATE] = c.day(survey);
            }
            return dates;
        }

        private static double sum(double[] values) {
            double total = 0;
            for (double v : values) {
                total += v;
            }
            return total;
        }

        private static double[] toArray(List<Double> values) {
            double[] result = new double[values.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = values.get(i);
            }
            return result;
        }
    }

    /** Schools sorted by id, for the schools.csv rows. */
    List<School> schoolsById() {
        List<School> sorted = new ArrayList<>(schools);
        Collections.sort(sorted, (a, b) -> a.id.compareTo(b.id));
        return sorted;
    }
}
