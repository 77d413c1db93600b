package org.flashlight.web.view;

import java.util.List;
import java.util.Locale;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.School;

/**
 * The home page: search for a school by name, the frameworks on offer, the state and district dashboards.
 *
 * @param query   the search text, or empty
 * @param matches schools whose name contains every word of the query (case-insensitive), by name
 */
public record HomePage(String query, List<SchoolLink> matches, boolean searched, List<Choice> frameworks,
        List<Choice> districts, String stateUrl) {
    /** How many schools a search lists at most. */
    public static final int MAX_MATCHES = 50;

    public HomePage {
        matches = List.copyOf(matches);
        frameworks = List.copyOf(frameworks);
        districts = List.copyOf(districts);
    }

    public record SchoolLink(String id, String name, String district, String grades, String url) {
    }

    public static HomePage build(ResultsLibrary library, String query) {
        FrameworkRun run = library.defaultRun();
        String q = query == null ? "" : query.strip();
        List<SchoolLink> matches = q.isEmpty() ? List.of() : search(run, q);
        return new HomePage(q, matches, !q.isEmpty(),
                library.runs().stream().map(r -> new Choice(r.name() + (r.publishScore() ? "" : " (score not published)"),
                        Urls.state(r.id(), r.latestYear()), false)).toList(),
                Dashboards.districts(run, run.latestYear()),
                Urls.state(run.id(), run.latestYear()));
    }

    static List<SchoolLink> search(FrameworkRun run, String query) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        return run.schools().stream()
                .filter(s -> words.stream().allMatch(w -> s.name().toLowerCase(Locale.ROOT).contains(w)
                        || s.id().toLowerCase(Locale.ROOT).equals(w)))
                .limit(MAX_MATCHES)
                .map(s -> link(run, s)).toList();
    }

    private static SchoolLink link(FrameworkRun run, School s) {
        return new SchoolLink(s.id(), s.name(), s.districtName(), s.grades(), Urls.school(s.id(), run.id(),
                run.latestYear()));
    }
}
