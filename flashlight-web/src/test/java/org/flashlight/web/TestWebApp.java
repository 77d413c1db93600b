package org.flashlight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.flashlight.web.results.ResultsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app over HTTP on a random port, on the hand-written state of {@link RunFixture}. */
class TestWebApp {
    @TempDir
    static Path folder;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        app = WebApp.create(ResultsLibrary.open(RunFixture.write(folder))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theReportCardShowsPublicValuesAndNeverTheHiddenOnes() throws Exception {
        HttpResponse<String> page = get("/schools/S1?framework=alpha&year=2025");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Alder Elementary", "North District", "60.0%", "&gt;= 95%", "hidden");
        // the hidden English-learner cell (3 of 7) appears nowhere, neither as the run wrote it nor as a percent
        assertThat(html).doesNotContain(RunFixture.SECRET_VALUE).doesNotContain(RunFixture.SECRET_PERCENT + "%");
        // alpha publishes its score: 61.25 to one decimal (HALF_UP) is 61.3
        assertThat(html).contains("Summative score").contains("61.3");
    }

    @Test
    void aFrameworkThatDoesNotPublishItsScoreShowsNone() throws Exception {
        String html = get("/schools/S1?framework=beta&year=2025").body();
        assertThat(html).doesNotContain("Summative score").doesNotContain("70.0");
        String api = get("/api/schools/S1/report-card?framework=beta&year=2025").body();
        assertThat(new ObjectMapper().readTree(api).path("score").asText()).isEmpty();
        assertThat(get("/state?framework=beta&year=2025").body()).doesNotContain(">Score<");
    }

    @Test
    void theCsvDownloadIsSuppressedExactlyAsThePage() throws Exception {
        HttpResponse<String> csv = get("/schools/S1/report-card.csv?framework=alpha&year=2025");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("attachment").contains("S1-alpha-2025.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("framework,school_year,school_id,school_name,metric,measure,student_group,"
                + "group,value,students,level_or_points");
        // hidden: no value, no students; coded: the code only, no students, no points (they would give the value back)
        assertThat(lines).contains(
                "alpha,2025,S1,Alder Elementary,ela_proficiency,ELA: proficient,el,English learners,hidden,,",
                "alpha,2025,S1,Alder Elementary,ela_proficiency,ELA: proficient,swd,Students with disabilities,>= 95%,,",
                "alpha,2025,S1,Alder Elementary,ela_proficiency,ELA: proficient,all,All students,60.0%,50,Level 7 of 10");
        assertThat(csv.body()).doesNotContain(RunFixture.SECRET_VALUE).doesNotContain(RunFixture.SECRET_PERCENT);
    }

    @Test
    void howItWasCalculatedWithholdsEveryLineThatRestsOnAHiddenCell() throws Exception {
        String html = get("/schools/S1?framework=alpha&year=2025").body();
        assertThat(html).contains("ela_proficiency for all: 0.6 (50 students) is at level 7 of 10",
                "math_proficiency: weight 12 x 4 / 10 = 4.8 points", "index = sum of the metrics");
        // the el line, the ELA line that combines it and el's colour line are withheld: 3 steps
        assertThat(html).doesNotContain("ela_proficiency for el").doesNotContain("0.5 x 7 + 0.5 x 3")
                .contains("3 further steps");
    }

    @Test
    void aColourIsShownOnlyWhereItsExplanationIsPublic() throws Exception {
        String html = get("/schools/S1?framework=alpha&year=2025").body();
        // chronic absence for all: both years shown, so its colour is public, in words beside the swatch
        assertThat(html).contains("swatch-orange").contains("Orange</td>");
        // ELA for English learners rests on the hidden cell: neither the colour nor its line appears
        assertThat(html).doesNotContain("Red</td>").doesNotContain("status Very Low");
    }

    @Test
    void everyXlsxDownloadHoldsTheCsvsCells() throws Exception {
        for (String table : List.of("/schools/S1/report-card", "/districts/D1/schools", "/state/schools")) {
            String query = "?framework=alpha&year=2025";
            List<List<String>> csv = new ArrayList<>();
            CsvReader.builder().ofCsvRecord(get(table + ".csv" + query).body()).forEach(r -> csv.add(r.getFields()));
            HttpResponse<byte[]> xlsx = bytes(table + ".xlsx" + query);
            assertThat(xlsx.statusCode()).as(table).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).contains("spreadsheetml"));
            assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    v -> assertThat(v).contains("attachment").contains("-alpha-2025.xlsx"));
            assertThat(sheet(xlsx.body())).as(table).isEqualTo(csv);
            // no clock in the file: a second later, the same bytes
            Thread.sleep(1100);
            assertThat(bytes(table + ".xlsx" + query).body()).as(table).isEqualTo(xlsx.body());
            assertThat(csv).as(table).hasSizeGreaterThan(1);
        }
    }

    @Test
    void theXlsxHidesTheHiddenCellAsTheCsvDoes() throws Exception {
        List<List<String>> rows = sheet(bytes("/schools/S1/report-card.xlsx?framework=alpha&year=2025").body());
        // S1's ELA for English learners is hidden (3 of 7 in the run): the word only, no students, no level
        assertThat(rows).contains(List.of("alpha", "2025", "S1", "Alder Elementary", "ela_proficiency",
                "ELA: proficient", "el", "English learners", "hidden", "", ""));
        // its 7 students, its value 3 / 7 and its percent appear in no cell; the coded swd cell has no count
        assertThat(rows).allSatisfy(r -> assertThat(r).noneSatisfy(c -> assertThat(c)
                .containsAnyOf(RunFixture.SECRET_VALUE, RunFixture.SECRET_PERCENT)));
        assertThat(rows).filteredOn(r -> r.get(4).equals("ela_proficiency") && (r.get(6).equals("el") || r.get(6).equals("swd")))
                .allSatisfy(r -> assertThat(r.get(9)).isEmpty());
    }

    /** The first sheet's rows, each cell's text ("" for a cell not written). */
    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.map(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i) == null ? "" : r.getCell(i).getText());
                }
                return cells;
            }).toList();
        }
    }

    @Test
    void thePdfOfTheReportCardHoldsPublicValuesOnly() throws Exception {
        HttpResponse<byte[]> pdf = bytes("/schools/S1.pdf?framework=alpha&year=2025");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        // the school, the framework, ELA for all students (30 of 50 = 60.0%, shown), the coded swd cell's code,
        // the hidden el cell's word, and the score alpha publishes (61.25 to one decimal is 61.3)
        assertThat(text).contains("Alder Elementary", "Alpha", "2025", "60.0%", ">= 95%", "hidden", "61.3",
                "Targeted support and improvement");
        assertThat(text).doesNotContain(RunFixture.SECRET_VALUE).doesNotContain(RunFixture.SECRET_PERCENT)
                .doesNotContain("18.2");
        // the same request gives the same bytes
        assertThat(bytes("/schools/S1.pdf?framework=alpha&year=2025").body()).isEqualTo(pdf.body());
        // beta does not publish its score
        try (PDDocument document = Loader.loadPDF(bytes("/schools/S1.pdf?framework=beta&year=2025").body())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Summative score");
        }
        assertThat(get("/schools/NOPE.pdf?framework=alpha").statusCode()).isEqualTo(404);
    }

    @Test
    void theDesignationSaysWhyAndHowToExit() throws Exception {
        String html = get("/schools/S1?framework=alpha&year=2025").body();
        // S1's students with disabilities have a coded ELA cell: the reason, which quotes their score, is withheld
        assertThat(html).contains("Targeted support and improvement (Students with disabilities)",
                "The Students with disabilities group's results meet this rule; the numbers are withheld to protect"
                        + " student privacy.", "What it takes to exit");
        assertThat(html).doesNotContain("18.2");
        assertThat(get("/api/schools/S1/report-card?framework=alpha&year=2025").body()).doesNotContain("18.2");
        assertThat(get("/state?framework=alpha&year=2025").body()).doesNotContain("18.2");
    }

    @Test
    void theDashboardSortsOnTheServerWithHiddenValuesLast() throws Exception {
        // ELA 2025 for all students: S1 60%, S2 70%, S3 40%, S4 hidden
        String html = get("/state?framework=alpha&year=2025&measure=ela_proficiency&sort=value&dir=desc").body();
        assertThat(html).containsSubsequence("Birch Elementary", "Alder Elementary", "Cedar Elementary", "Dogwood High");
        html = get("/state?framework=alpha&year=2025&measure=ela_proficiency&sort=value&dir=asc").body();
        assertThat(html).containsSubsequence("Cedar Elementary", "Alder Elementary", "Birch Elementary", "Dogwood High");
        assertThat(get("/districts/D2?framework=alpha&year=2025").body()).contains("Cedar Elementary")
                .doesNotContain("Birch Elementary");
    }

    @Test
    void badParametersGetAPageThatSaysWhatIsWrong() throws Exception {
        assertThat(get("/schools/S9?framework=alpha").statusCode()).isEqualTo(404);
        assertThat(get("/schools/S1?framework=gamma").body()).contains("Frameworks served: alpha, beta");
        HttpResponse<String> year = get("/schools/S1?framework=alpha&year=2019");
        assertThat(year.statusCode()).isEqualTo(404);
        assertThat(year.body()).contains("Years: 2023, 2024, 2025");
        assertThat(get("/schools/S1?year=soon").statusCode()).isEqualTo(400);
        assertThat(get("/state?sort=best").statusCode()).isEqualTo(400);
        HttpResponse<String> api = get("/api/schools/S9/report-card");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(new ObjectMapper().readTree(api.body()).path("message").asText()).contains("No school S9");
        assertThat(get("/no/such/page").body()).contains("There is no page at /no/such/page");
    }

    @Test
    void theOpenApiDocumentListsEveryRouteOfTheApp() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(get("/openapi.json").body());
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        List<String> documented = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(WebApp.ROUTES);
        for (String route : WebApp.ROUTES) {
            String path = route.replace("{schoolId}", "S1").replace("{districtId}", "D1").replace("{file}", "site.css");
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theApiServesTheReportCardAndTheSearch() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode card = json.readTree(get("/api/schools/S1/report-card?framework=alpha&year=2025").body());
        assertThat(card.path("schoolName").asText()).isEqualTo("Alder Elementary");
        assertThat(card.toString()).doesNotContain(RunFixture.SECRET_VALUE);
        JsonNode found = json.readTree(get("/api/schools?q=elementary%20bir").body());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("name").asText()).isEqualTo("Birch Elementary");
        JsonNode frameworks = json.readTree(get("/api/frameworks").body());
        assertThat(frameworks.findValuesAsText("id")).containsExactly("alpha", "beta");
    }
}
