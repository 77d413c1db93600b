package org.flashlight.web.ontrack;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.flashlight.web.RunFixture;
import org.flashlight.web.WebApp;
import org.flashlight.web.results.ResultsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The internal app over HTTP on a random port, on {@link OnTrackFixture}; and the public app, which has none of it. */
class TestOnTrackApp {
    @TempDir
    static Path folder;
    static OnTrackFixture.Written fixture;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        fixture = OnTrackFixture.write(folder);
        app = OnTrackApp.create(fixture.data(), AccessFile.read(fixture.access())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (user != null) {
            request.header("Authorization", TestStaffAccess.basic(user, fixture.passwords().getOrDefault(user, "wrong")));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String page(String user, String path) throws Exception {
        HttpResponse<byte[]> response = get(user, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void withoutCredentialsEveryPageAsksToSignInAndNothingIsCached() throws Exception {
        for (String path : List.of("/", "/schools/S1/support", "/schools/S1/support.csv", "/state/ontrack")) {
            HttpResponse<byte[]> response = get(null, path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(response.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
            assertThat(new String(response.body())).doesNotContain("ST2");
        }
        assertThat(get("nobody", "/").statusCode()).isEqualTo(401); // unknown user, "wrong" password
        HttpResponse<byte[]> signedIn = get("alder", "/schools/S1/support");
        assertThat(signedIn.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(signedIn.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
    }

    @Test
    void aSchoolUserSeesOnlyTheirSchoolAndIsToldWhichThatIs() throws Exception {
        assertThat(page("alder", "/")).contains("Alder High").doesNotContain("Birch High").doesNotContain("/state/ontrack");
        HttpResponse<byte[]> other = get("alder", "/schools/S2/support");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(new String(other.body())).contains("school:S1").contains("href=\"/schools/S1/support\"")
                .contains("Alder High").doesNotContain("ST5");
        assertThat(get("alder", "/schools/S3/students/ST9").statusCode()).isEqualTo(403);
        assertThat(get("alder", "/schools/S2/support.csv").statusCode()).isEqualTo(403);
        assertThat(get("alder", "/districts/D1/ontrack").statusCode()).isEqualTo(403);
        assertThat(get("alder", "/state/ontrack").statusCode()).isEqualTo(403);
    }

    @Test
    void aDistrictUserSeesItsSchoolsAndDistrictAndNothingElse() throws Exception {
        assertThat(get("north", "/schools/S1/support").statusCode()).isEqualTo(200);
        assertThat(get("north", "/schools/S2/support").statusCode()).isEqualTo(200);
        assertThat(get("north", "/schools/S3/support").statusCode()).isEqualTo(403);
        assertThat(get("north", "/districts/D1/ontrack").statusCode()).isEqualTo(200);
        assertThat(get("north", "/districts/D2/ontrack").statusCode()).isEqualTo(403);
        assertThat(get("north", "/state/ontrack").statusCode()).isEqualTo(403);
    }

    @Test
    void theStateUserSeesEverything() throws Exception {
        for (String path : List.of("/schools/S1/support", "/schools/S3/support", "/schools/S3/students/ST9",
                "/districts/D1/ontrack", "/districts/D2/ontrack", "/state/ontrack")) {
            assertThat(get("state", path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("state", "/schools/S9/support").statusCode()).isEqualTo(404);
        assertThat(get("state", "/schools/S1/students/ST5").statusCode()).isEqualTo(404); // ST5 is at S2
        assertThat(get("state", "/schools/S1/support?indicator=bogus").statusCode()).isEqualTo(400);
    }

    @Test
    void theSupportListShowsTheNewlyFlaggedStudentFirstWithItsReasons() throws Exception {
        String html = page("alder", "/schools/S1/support");
        List<String> order = matches(html, "<tr data-student=\"([^\"]+)\"");
        assertThat(order).containsExactly("ST2", "ST1"); // ST2 is new (62% -> 31%), ST1 lower (20%) but not new
        String st2 = html.substring(html.indexOf("data-student=\"ST2\""), html.indexOf("data-student=\"ST1\""));
        // 0.3100 - 0.6200 = -0.3100: -31.0 points
        assertThat(st2).contains("31.0%").contains("62.0%").contains("-31.0 pts").contains("New since the last update")
                .contains("newly below the threshold since the last update")
                .contains("newly off track on the 9th-grade rule since the last update")
                .contains("1 D or F: D in math (q2)").contains("grade 8 GPA 3.10 (raises)");
        // the reasons are shown once, in their own column, not again under "what to act on"
        assertThat(st2.split("newly below the threshold since the last update", -1)).hasSize(2);
        assertThat(html).contains("<strong>2</strong> students listed").contains("<strong>1</strong> of them new");
        assertThat(html).doesNotContain("ST3"); // 90%: not listed
        String endOfYear = page("alder", "/schools/S1/support?indicator=end_of_year");
        assertThat(matches(endOfYear, "<tr data-student=\"([^\"]+)\"")).containsExactly("ST1");
    }

    @Test
    void theDownloadsHoldThePageRows() throws Exception {
        String html = page("alder", "/schools/S1/support");
        List<List<String>> csv = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new String(get("alder",
                "/schools/S1/support.csv").body(), java.nio.charset.StandardCharsets.UTF_8))) {
            reader.forEach(r -> csv.add(r.getFields()));
        }
        assertThat(csv.get(0)).startsWith("school_id", "school_name", "school_year", "student_id");
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(3))
                .containsExactlyElementsOf(matches(html, "<tr data-student=\"([^\"]+)\""));
        List<String> st2 = csv.get(1);
        assertThat(st2).containsExactly("S1", "Alder High", "2025", "ST2", "Progress monitoring (grade 9, during the year)",
                "January", "31.0%", "62.0%", "-31.0 pts", "yes",
                "newly below the threshold since the last update; newly off track on the 9th-grade rule since the last "
                        + "update; probability below the threshold",
                "1 D or F: D in math (q2); grade 9 attendance so far 88.2% (lowers)", "grade 8 GPA 3.10 (raises)");
        List<List<String>> xlsx = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(get("alder",
                "/schools/S1/support.xlsx").body()))) {
            for (Row row : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                xlsx.add(cells);
            }
        }
        assertThat(xlsx).isEqualTo(csv);
    }

    @Test
    void theStudentPageShowsEachCheckpointTheRuleAndTheFactors() throws Exception {
        String html = page("alder", "/schools/S1/students/ST2");
        assertThat(html).contains("Student ST2").contains("October").contains("January")
                // checkpoints 4 and 7 months into the school year (July = 1): October and January
                .contains("aria-label=\"Probability by checkpoint: October 62.0%, January 31.0%\"")
                .contains("No D or F mark in any course this year: <strong>not yet</strong>")
                .contains("GPA of 2.5 or higher: <strong>met</strong>")
                .contains("D or F marks in grade 9 so far (lowers the probability)")
                .contains("grade 8 GPA (raises the probability)")
                .contains("Graduating in four years: 81.0%")
                .contains("grade 8 GPA 3.10 (raises)"); // the support list's strengths
        String grade8 = page("state", "/schools/S3/students/ST9");
        assertThat(grade8).contains("Attendance of 96% or more: <strong>not yet</strong>")
                .contains("No suspension or expulsion this year: <strong>met</strong>");
    }

    @Test
    void theDistrictPageShowsTheGapsAndHowTheyChanged() throws Exception {
        String html = page("north", "/districts/D1/ontrack");
        // roll-up, end of year: target 0.4500 - rest 0.6200 = -0.1700; rule 0.6000 - 0.7667 = -0.1667;
        // the gap's change over the year: target's change 0.0300 - rest's 0.0700 = -0.0400
        String gapRow = html.substring(html.indexOf("Gap: target group minus the rest"));
        gapRow = gapRow.substring(0, gapRow.indexOf("</tr>"));
        assertThat(matches(gapRow, "<td>([^<]*)</td>")).containsExactly("", "-17.0 pts", "", "-16.7 pts", "-4.0 pts");
        // gap tables, latest year 2025: 34.0% (50) vs 59.0% (100), gap -25.0, the year before -28.0, change +3.0
        String gaps = html.substring(html.indexOf("data-metric=\"ninth_grade_no_df\""));
        gaps = gaps.substring(0, gaps.indexOf("</tr>"));
        assertThat(gaps).contains("2025").contains("34.0%").contains("59.0%").contains("-25.0 pts")
                .contains("-28.0 pts").contains("+3.0 pts");
        // rates by group: target group 17 of 50 = 34.0%, last year 31.0%, +3.0 points
        String rates = html.substring(html.indexOf("id=\"rates-ninth_grade_on_track\""));
        rates = rates.substring(0, rates.indexOf("</table>"));
        assertThat(rates).contains("Black or Hispanic low-income students</th><td>50</td><td>34.0%</td><td>31.0%</td><td>+3.0 pts</td>");
        // the district's schools, each linked to its support list
        assertThat(html).contains("<a href=\"/schools/S1/support\">Alder High</a>")
                .contains("<a href=\"/schools/S2/support\">Birch High</a>").doesNotContain("Cedar Middle");
    }

    @Test
    void theStatePageListsTheDistricts() throws Exception {
        String html = page("state", "/state/ontrack");
        assertThat(html).contains("<a href=\"/districts/D1/ontrack\">North District</a>")
                .contains("<a href=\"/districts/D2/ontrack\">South District</a>");
    }

    @Test
    void thePublicAppNeverServesTheseRoutes() throws Exception {
        Javalin publicApp = WebApp.create(ResultsLibrary.open(RunFixture.write(folder.resolve("public"))))
                .start("127.0.0.1", 0);
        try {
            for (String path : List.of("/schools/S1/support", "/schools/S1/support.csv", "/schools/S1/students/ST2",
                    "/districts/D1/ontrack", "/state/ontrack")) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + publicApp.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(404);
            }
        } finally {
            publicApp.stop();
        }
        assertThat(WebApp.ROUTES).noneMatch(r -> r.contains("support") || r.contains("students") || r.contains("ontrack"));
    }

    @Test
    void withoutAReportFolderTheDistrictPageSaysWhatIsMissing() {
        OnTrackData noReport = OnTrackData.read(fixture.scores(), Optional.empty(), Optional.empty());
        SystemPage page = OnTrackViews.state(noReport);
        assertThat(page.gaps()).isEmpty();
        assertThat(page.rates()).isEmpty();
        assertThat(page.notes()).anyMatch(n -> n.contains("--report"));
    }

    static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
