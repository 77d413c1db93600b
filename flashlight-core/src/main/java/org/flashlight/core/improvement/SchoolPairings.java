package org.flashlight.core.improvement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.framework.FrameworkLevel;
import org.flashlight.core.support.SchoolPair;
import org.flashlight.core.support.SchoolPairing;
import org.flashlight.core.support.PairingProfile;

/**
 * CORE-7 for every scored year: the year's {@code priority} schools paired one to one with its
 * {@code reward} schools by least total demographic distance ({@link SchoolPairing}: poverty, EL, SWD, race
 * mix, framework level in the framework's order, log of enrollment), possibly across districts. Schools
 * whose demographics are unknown (no enrolled students, no econ_disadv share) take no part: a priority
 * school among them gets a row with a note.
 */
final class SchoolPairings {
    static final String PRIORITY = "priority";
    static final String REWARD = "reward";

    private SchoolPairings() {
    }

    static List<PairingRow> of(ImprovementInputs inputs, SupportProfiles profiles) {
        List<String> levelOrder = inputs.framework().scoring().levels().stream().map(FrameworkLevel::id).toList();
        SchoolPairing pairing = new SchoolPairing(levelOrder.isEmpty() ? List.of("") : levelOrder, 3);
        Map<Integer, List<SchoolScore>> priority = Designated.byYear(inputs.outcome(), PRIORITY);
        Map<Integer, List<SchoolScore>> reward = Designated.byYear(inputs.outcome(), REWARD);
        List<PairingRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<SchoolScore>> year : priority.entrySet()) {
            rows.addAll(pairYear(year.getKey(), year.getValue(), reward.getOrDefault(year.getKey(), List.of()),
                    pairing, profiles));
        }
        return rows;
    }

    private static List<PairingRow> pairYear(int year, List<SchoolScore> priority, List<SchoolScore> reward,
            SchoolPairing pairing, SupportProfiles profiles) {
        Map<String, String> levelOf = new HashMap<>();
        List<PairingProfile> rewardProfiles = new ArrayList<>();
        for (SchoolScore s : reward) {
            profiles.forPairing(year, s.schoolId(), s.frameworkLevel()).ifPresent(rewardProfiles::add);
            levelOf.put(s.schoolId(), s.frameworkLevel());
        }
        List<PairingProfile> priorityProfiles = new ArrayList<>();
        List<PairingRow> rows = new ArrayList<>();
        for (SchoolScore s : priority) {
            Optional<PairingProfile> profile = profiles.forPairing(year, s.schoolId(), s.frameworkLevel());
            profile.ifPresent(priorityProfiles::add);
            if (profile.isEmpty()) {
                rows.add(new PairingRow(year, s.schoolId(), s.frameworkLevel(), "", "", OptionalDouble.empty(),
                        List.of(), "not paired: no enrolled students or econ_disadv share in the data"));
            }
        }
        SchoolPairing.Result result = pairing.pair(priorityProfiles, rewardProfiles);
        for (SchoolPair pair : result.pairs()) {
            rows.add(new PairingRow(year, pair.prioritySchool(), levelOf(priority, pair.prioritySchool()),
                    pair.rewardSchool(), levelOf.get(pair.rewardSchool()), OptionalDouble.of(pair.distance()),
                    pair.strengths(), ""));
        }
        for (String unpaired : result.unpairedPrioritySchools()) {
            rows.add(new PairingRow(year, unpaired, levelOf(priority, unpaired), "", "", OptionalDouble.empty(),
                    List.of(), "not paired: more priority schools (" + priorityProfiles.size() + ") than reward "
                    + "schools (" + rewardProfiles.size() + ") this year"));
        }
        rows.sort(java.util.Comparator.comparing(PairingRow::prioritySchool));
        return rows;
    }

    private static String levelOf(List<SchoolScore> schools, String schoolId) {
        return schools.stream().filter(s -> s.schoolId().equals(schoolId)).findFirst().orElseThrow().frameworkLevel();
    }
}
