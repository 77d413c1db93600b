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

    public static String schoolCsv(String schoolId, String framework, int year) {
        return "/schools/" + encode(schoolId) + "/report-card.csv?framework=" + encode(framework) + "&year=" + year;
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
