package org.flashlight.web.ontrack;

import java.util.List;

/** What a signed-in staff user may see: the state, their districts and their schools' support lists. */
public record StaffHomePage(String user, String scope, boolean state, List<Link> districts, List<Link> schools,
        boolean knowsDistricts) {
    public StaffHomePage {
        districts = List.copyOf(districts);
        schools = List.copyOf(schools);
    }

    /** A page the user may open, with a short note ("12 students listed, 3 new"). */
    public record Link(String label, String url, String note) {
    }
}
