package org.flashlight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.School;
import org.flashlight.web.view.DashboardPage;
import org.flashlight.web.view.Dashboards;
import org.flashlight.web.view.HomePage;
import org.flashlight.web.view.ReportCardPage;
import org.flashlight.web.view.ReportCards;

/**
 * The web application: public report cards, dashboards, CSV downloads and the JSON API over a
 * {@link ResultsLibrary}. Server-rendered with templates compiled at build time; every asset is served by the
 * app itself. Routes are listed in {@link #ROUTES} (and in /openapi.json, which a test keeps in step).
 * Thread-safe: the library is immutable and every request builds its own page.
 */
public final class WebApp {
    /** Every GET route of the app, HTML and API. */
    public static final List<String> ROUTES = List.of("/", "/schools/{schoolId}.pdf", "/schools/{schoolId}",
            "/schools/{schoolId}/report-card.csv", "/schools/{schoolId}/report-card.xlsx", "/districts/{districtId}",
            "/districts/{districtId}/schools.csv", "/districts/{districtId}/schools.xlsx", "/state",
            "/state/schools.csv", "/state/schools.xlsx",
            "/api/frameworks", "/api/schools", "/api/schools/{schoolId}/report-card", "/api/districts/{districtId}",
            "/api/state", "/openapi.json", "/static/{file}");


    private static final System.Logger LOG = System.getLogger(WebApp.class.getName());
    /** Set on a request whose error page is already written. */
    private static final String PROBLEM = "flashlight.problem";

    private final ResultsLibrary library;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final StaticFiles staticFiles = StaticFiles.load();
    private final byte[] openApi;
    private final PageCache cache;

    private WebApp(ResultsLibrary library, long cacheBytes) {
        this.library = library;
        this.cache = new PageCache(cacheBytes);
        this.openApi = StaticFiles.resource("/openapi.json");
    }

    /** Bytes of rendered pages kept by default (about 600 report cards). */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    /** The server, not started: {@code create(library).start(port)}. */
    public static Javalin create(ResultsLibrary library) {
        return create(library, DEFAULT_CACHE_BYTES);
    }

    /** The server keeping up to {@code cacheBytes} of rendered HTML pages (0: render every request). */
    public static Javalin create(ResultsLibrary library, long cacheBytes) {
        WebApp app = new WebApp(library, cacheBytes);
        return Javalin.create(app::configure);
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.routes.get("/", ctx -> html(ctx, "home.jte", HomePage.build(library, ctx.queryParam("q"))));
        // before /schools/{schoolId}, which would take "S1.pdf" for a school id
        config.routes.get("/schools/{schoolId}.pdf", ctx -> {
            ReportCardPage page = reportCard(ctx);
            ctx.header("Content-Disposition", attachment(fileName(page) + ".pdf")).contentType("application/pdf")
                    .result(ReportCardPdf.of(page));
        });
        config.routes.get("/schools/{schoolId}", ctx -> cachedHtml(ctx, "school.jte", () -> reportCard(ctx)));
        for (Format format : Format.values()) {
            config.routes.get("/schools/{schoolId}/report-card." + format.extension, ctx -> {
                ReportCardPage page = reportCard(ctx);
                download(ctx, fileName(page), format, Downloads.reportCard(page));
            });
            config.routes.get("/districts/{districtId}/schools." + format.extension, ctx -> {
                DashboardPage page = dashboard(ctx, true);
                download(ctx, page.entityId() + "-" + page.frameworkId() + "-" + page.year(), format,
                        Downloads.dashboard(page));
            });
            config.routes.get("/state/schools." + format.extension, ctx -> {
                DashboardPage page = dashboard(ctx, false);
                download(ctx, "state-" + page.frameworkId() + "-" + page.year(), format, Downloads.dashboard(page));
            });
        }
        config.routes.get("/districts/{districtId}", ctx -> cachedHtml(ctx, "dashboard.jte", () -> dashboard(ctx, true)));
        config.routes.get("/state", ctx -> cachedHtml(ctx, "dashboard.jte", () -> dashboard(ctx, false)));
        config.routes.get("/api/frameworks", ctx -> json(ctx, library.runs().stream()
                .map(r -> new FrameworkSummary(r.id(), r.name(), r.publishScore(), r.minNPublic(), List.copyOf(r.years())))
                .toList()));
        config.routes.get("/api/schools", ctx -> json(ctx, HomePage.build(library, ctx.queryParam("q")).matches()));
        config.routes.get("/api/schools/{schoolId}/report-card", ctx -> json(ctx, reportCard(ctx)));
        config.routes.get("/api/districts/{districtId}", ctx -> json(ctx, dashboard(ctx, true)));
        config.routes.get("/api/state", ctx -> json(ctx, dashboard(ctx, false)));
        config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        config.routes.get("/static/{file}", ctx -> {
            String file = ctx.pathParam("file");
            byte[] bytes = staticFiles.bytes(file).orElseThrow(() -> new NotFoundException("no file " + file));
            ctx.header("Cache-Control", "max-age=3600").contentType(staticFiles.type(file)).result(bytes);
        });
        // HTTP errors are mapped here, once; a user sees a sentence, never a stack trace
        config.routes.exception(NotFoundException.class, (e, ctx) -> problem(ctx, 404, e.getMessage()));
        config.routes.exception(BadRequestException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "cannot serve " + ctx.path(), e);
            problem(ctx, 500, "Something went wrong on our side while building this page.");
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.attribute(PROBLEM) == null) {
                problem(ctx, 404, "There is no page at " + ctx.path() + ".");
            }
        });
    }

    /** An API summary of one framework run. */
    public record FrameworkSummary(String id, String name, boolean publishScore, int minNPublic, List<Integer> years) {
    }

    private ReportCardPage reportCard(Context ctx) {
        FrameworkRun run = run(ctx);
        String schoolId = ctx.pathParam("schoolId");
        School school = run.school(schoolId).orElseThrow(() -> new NotFoundException("No school " + schoolId
                + " in the results of " + run.id() + ". Search for the school by name on the home page."));
        return ReportCards.build(library, run, school, year(ctx, run));
    }

    private DashboardPage dashboard(Context ctx, boolean district) {
        FrameworkRun run = run(ctx);
        Optional<String> districtId = district ? Optional.of(ctx.pathParam("districtId")) : Optional.empty();
        if (districtId.isPresent() && run.schools().stream().noneMatch(s -> s.districtId().equals(districtId.get()))) {
            throw new NotFoundException("No district " + districtId.get() + " in the results of " + run.id() + ".");
        }
        String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("name");
        if (!Dashboards.SORT_KEYS.contains(sort)) {
            throw new BadRequestException("sort must be one of " + String.join(", ", Dashboards.SORT_KEYS.stream()
                    .sorted().toList()) + ", not " + sort + ".");
        }
        return Dashboards.build(library, run, districtId, year(ctx, run),
                Optional.ofNullable(ctx.queryParam("measure")).orElse(""), sort, "desc".equals(ctx.queryParam("dir")));
    }

    private FrameworkRun run(Context ctx) {
        String id = ctx.queryParam("framework");
        if (id == null || id.isBlank()) {
            return library.defaultRun();
        }
        return library.run(id).orElseThrow(() -> new NotFoundException("No results for the framework " + id
                + ". Frameworks served: " + String.join(", ", library.runs().stream().map(FrameworkRun::id).toList())
                + "."));
    }

    private static int year(Context ctx, FrameworkRun run) {
        String text = ctx.queryParam("year");
        if (text == null || text.isBlank()) {
            return run.latestYear();
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("year must be a school year such as " + run.latestYear() + ", not " + text + ".");
        }
        if (!run.years().contains(year)) {
            throw new NotFoundException("No results for " + year + " under " + run.id() + ". Years: "
                    + String.join(", ", run.years().stream().map(String::valueOf).toList()) + ".");
        }
        return year;
    }

    private void html(Context ctx, String template, Object page) {
        ctx.html(render(template, page));
    }

    /** A page that depends on its URL only; a failure (404, 400) is thrown before anything is kept. */
    private void cachedHtml(Context ctx, String template, java.util.function.Supplier<Object> page) {
        String url = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        byte[] body = cache.get(url, () -> render(template, page.get()).getBytes(StandardCharsets.UTF_8));
        ctx.contentType("text/html; charset=utf-8").result(body);
    }

    private String render(String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        return out.toString();
    }

    private void json(Context ctx, Object value) throws IOException {
        ctx.contentType("application/json").result(json.writeValueAsBytes(value));
    }

    /** The two formats of every table download: the same {@link Table}, written as text or as a workbook. */
    private enum Format {
        CSV("csv"), XLSX("xlsx");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static String fileName(ReportCardPage page) {
        return page.schoolId() + "-" + page.frameworkId() + "-" + page.year();
    }

    private static void download(Context ctx, String baseName, Format format, Table table) {
        ctx.header("Content-Disposition", attachment(baseName + "." + format.extension));
        switch (format) {
            case CSV -> ctx.contentType("text/csv; charset=utf-8").result(Csv.of(table).getBytes(StandardCharsets.UTF_8));
            case XLSX -> ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .result(Xlsx.of(baseName, table));
        }
    }

    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }

    private void problem(Context ctx, int status, String message) {
        ctx.attribute(PROBLEM, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json");
            ctx.result("{\"status\":" + status + ",\"message\":" + quote(message) + "}");
        } else {
            StringOutput out = new StringOutput();
            templates.render("error.jte", Map.of("status", status, "message", message), out);
            ctx.html(out.toString());
        }
    }

    private String quote(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
