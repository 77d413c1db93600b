package org.flashlight.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's stable, shareable URLs, in one place. */
public final class Urls {
    private Urls() {
    }

    public static String school(String schoolId, String framework, int year) {
        return "/schools/" + encode(schoolId) + "?framework=" + encode(framework) + "&year=" + year;
    }

    /** The report card's table as {@code csv} or {@code xlsx}. */
    public static String schoolTable(String schoolId, String framework, int year, String extension) {
        return "/schools/" + encode(schoolId) + "/report-card." + extension + "?framework=" + encode(framework)
                + "&year=" + year;
    }

    public static String schoolPdf(String schoolId, String framework, int year) {
        return "/schools/" + encode(schoolId) + ".pdf?framework=" + encode(framework) + "&year=" + year;
    }

    /** A dashboard's table ({@code scope} {@code state} or {@code district}) as {@code csv} or {@code xlsx}. */
    public static String dashboardTable(String scope, String entity, String framework, int year, String metric,
            String extension) {
        String path = scope.equals("state") ? "/state" : "/districts/" + encode(entity);
        return path + "/schools." + extension + "?framework=" + encode(framework) + "&year=" + year + "&measure="
                + encode(metric);
    }

    public static String district(String districtId, String framework, int year) {
        return "/districts/" + encode(districtId) + "?framework=" + encode(framework) + "&year=" + year;
    }

    public static String state(String framework, int year) {
        return "/state?framework=" + encode(framework) + "&year=" + year;
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
