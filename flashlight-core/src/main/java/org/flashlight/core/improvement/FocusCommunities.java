package org.flashlight.core.improvement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.support.CommunitiesOfPractice;
import org.flashlight.core.support.Community;
import org.flashlight.core.support.PairingProfile;

/**
 * CORE-8 for every scored year: the year's {@code focus} schools grouped 2-4 per community by their shared
 * weakest metric level or subgroup level ({@link CommunitiesOfPractice#core()}: same framework level
 * preferred). A focus school without metric levels (nothing scored in levels) has no problem to share and
 * gets a row with a note; so does a lone focus school.
 */
final class FocusCommunities {
    static final String FOCUS = "focus";

    private FocusCommunities() {
    }

    static List<CommunityRow> of(ImprovementInputs inputs, SupportProfiles profiles) {
        List<CommunityRow> rows = new ArrayList<>();
        Designated.byYear(inputs.outcome(), FOCUS).forEach((year, schools) -> rows.addAll(ofYear(year, schools,
                profiles)));
        return rows;
    }

    private static List<CommunityRow> ofYear(int year, List<SchoolScore> focus, SupportProfiles profiles) {
        Map<String, PairingProfile> bySchool = new HashMap<>();
        List<CommunityRow> withoutLevels = new ArrayList<>();
        for (SchoolScore s : focus) {
            PairingProfile profile = profiles.forCommunity(year, s.schoolId(), s.frameworkLevel());
            if (profile.metricLevels().isEmpty()) {
                withoutLevels.add(new CommunityRow(year, OptionalInt.empty(), "", s.schoolId(), s.frameworkLevel(), "",
                        OptionalInt.empty(), false, "no community: the school has no metric levels"));
            } else {
                bySchool.put(s.schoolId(), profile);
            }
        }
        List<CommunityRow> rows = new ArrayList<>();
        CommunitiesOfPractice.Result result = CommunitiesOfPractice.core().group(
                bySchool.values().stream().sorted(java.util.Comparator.comparing(PairingProfile::schoolId)).toList());
        int number = 0;
        for (Community community : result.communities()) {
            number++;
            for (String school : community.schools()) {
                rows.add(row(year, OptionalInt.of(number), community.problem(), bySchool.get(school),
                        community.sameLevel(), ""));
            }
        }
        for (String school : result.unassigned()) {
            rows.add(row(year, OptionalInt.empty(), "", bySchool.get(school), false,
                    "no community: the only focus school with metric levels this year"));
        }
        rows.addAll(withoutLevels);
        return rows;
    }

    private static CommunityRow row(int year, OptionalInt community, String problem, PairingProfile school,
            boolean sameLevel, String note) {
        String weakest = CommunitiesOfPractice.problem(school);
        return new CommunityRow(year, community, problem, school.schoolId(), school.level(), weakest,
                OptionalInt.of(school.metricLevels().get(weakest)), sameLevel, note);
    }
}
