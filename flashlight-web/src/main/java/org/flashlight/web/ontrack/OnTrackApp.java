package org.flashlight.web.ontrack;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.web.Csv;
import org.flashlight.web.StaticFiles;
import org.flashlight.web.Xlsx;
import org.flashlight.web.ontrack.AccessFile.User;
import org.flashlight.web.ontrack.Rows.SchoolEntry;

/**
 * The internal on-track views (issue 7, BTSC-5..7): support lists, one student's year, and the district and state
 * views, for staff signed in with HTTP Basic against an {@link AccessFile}. A separate app from the public
 * {@code WebApp}, which never serves these routes. Every response says {@code Cache-Control: no-store} and
 * {@code X-Robots-Tag: noindex}. Thread-safe: the data is immutable and each request builds its own page.
 */
public final class OnTrackApp {
    /** Every GET route. */
    public static final List<String> ROUTES = List.of("/", "/schools/{schoolId}/support",
            "/schools/{schoolId}/support.csv", "/schools/{schoolId}/support.xlsx", "/schools/{schoolId}/students/{studentId}",
            "/districts/{districtId}/ontrack", "/state/ontrack", "/static/{file}");
    public static final String REALM = "Flashlight on track (internal)";

    private static final System.Logger LOG = System.getLogger(OnTrackApp.class.getName());
    private static final String USER = "flashlight.user";
    private static final String PROBLEM = "flashlight.problem";

    private final OnTrackData data;
    private final StaffAccess access;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final StaticFiles staticFiles = StaticFiles.load();

    private OnTrackApp(OnTrackData data, AccessFile accessFile) {
        this.data = data;
        this.access = new StaffAccess(accessFile, data);
    }

    /** The server, not started: {@code create(data, access).start("127.0.0.1", port)}. */
    public static Javalin create(OnTrackData data, AccessFile access) {
        OnTrackApp app = new OnTrackApp(data, access);
        return Javalin.create(app::configure);
    }

    /** An HTTP answer other than 200, with a sentence for the reader. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Problem(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.routes.before(ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Robots-Tag", "noindex, nofollow");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            if (!ctx.path().startsWith("/static/")) {
                User user = access.authenticate(ctx.header("Authorization")).orElseThrow(() -> new Problem(401,
                        "Sign in with the user name and password you were given (flashlight ontrack grant)."));
                ctx.attribute(USER, user);
            }
        });
        config.routes.get("/", ctx -> html(ctx, "ontrack/home.jte", Map.of("page", OnTrackViews.home(data, access, user(ctx)))));
        config.routes.get("/schools/{schoolId}/support", ctx -> {
            SupportListPage page = supportList(ctx);
            html(ctx, "ontrack/support.jte", Map.of("page", page, "user", user(ctx).name()));
        });
        config.routes.get("/schools/{schoolId}/support.csv", ctx -> {
            SupportListPage page = supportList(ctx);
            attachment(ctx, fileName(page) + ".csv").contentType("text/csv; charset=utf-8")
                    .result(Csv.of(SupportListDownload.table(page)).getBytes(StandardCharsets.UTF_8));
        });
        config.routes.get("/schools/{schoolId}/support.xlsx", ctx -> {
            SupportListPage page = supportList(ctx);
            attachment(ctx, fileName(page) + ".xlsx")
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .result(Xlsx.of("support list " + page.schoolId(), SupportListDownload.table(page)));
        });
        config.routes.get("/schools/{schoolId}/students/{studentId}", ctx -> {
            SchoolEntry school = school(ctx);
            String studentId = ctx.pathParam("studentId");
            StudentPage page = OnTrackViews.student(data, school, studentId).orElseThrow(() -> new Problem(404,
                    "No student " + studentId + " in the scores of " + school.name() + "."));
            html(ctx, "ontrack/student.jte", Map.of("page", page, "user", user(ctx).name()));
        });
        config.routes.get("/districts/{districtId}/ontrack", ctx -> {
            String districtId = ctx.pathParam("districtId");
            if (!access.maySeeDistrict(user(ctx), districtId)) {
                throw new Problem(403, "Your access (" + user(ctx).scope() + ") does not include district " + districtId + ".");
            }
            if (!data.districtIds().contains(districtId)) {
                throw new Problem(404, "No district " + districtId + " in the scores.");
            }
            html(ctx, "ontrack/system.jte", Map.of("page", OnTrackViews.district(data, access, user(ctx), districtId),
                    "user", user(ctx).name()));
        });
        config.routes.get("/state/ontrack", ctx -> {
            if (!access.maySeeState(user(ctx))) {
                throw new Problem(403, "Your access (" + user(ctx).scope() + ") does not include the state view.");
            }
            html(ctx, "ontrack/system.jte", Map.of("page", OnTrackViews.state(data), "user", user(ctx).name()));
        });
        config.routes.get("/static/{file}", ctx -> {
            String file = ctx.pathParam("file");
            byte[] bytes = staticFiles.bytes(file).orElseThrow(() -> new Problem(404, "no file " + file));
            ctx.contentType(staticFiles.type(file)).result(bytes);
        });
        // HTTP errors are mapped here, once; a user sees a sentence, never a stack trace
        config.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e.status, e.getMessage()));
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

    private static User user(Context ctx) {
        return ctx.attribute(USER);
    }

    /** The school of the URL, once the user is known to be allowed to see it. */
    private SchoolEntry school(Context ctx) {
        String schoolId = ctx.pathParam("schoolId");
        User user = user(ctx);
        if (!access.maySeeSchool(user, schoolId)) {
            throw new Problem(403, "Your access (" + user.scope() + ") does not include school " + schoolId + ".");
        }
        return data.school(schoolId).orElseThrow(() -> new Problem(404, "No school " + schoolId + " in the scores."));
    }

    private SupportListPage supportList(Context ctx) {
        SchoolEntry school = school(ctx);
        String indicator = ctx.queryParam("indicator") == null ? "" : ctx.queryParam("indicator").strip();
        if (!indicator.isEmpty() && OnTrackIndicator.fromId(indicator).isEmpty()) {
            throw new Problem(400, "indicator must be one of " + String.join(", ", Arrays.stream(OnTrackIndicator.values())
                    .map(OnTrackIndicator::id).toList()) + ", not " + indicator + ".");
        }
        return OnTrackViews.supportList(data, school, indicator);
    }

    private static String fileName(SupportListPage page) {
        return "support-list-" + page.schoolId() + "-" + page.year() + (page.indicator().isEmpty() ? "" : "-" + page.indicator());
    }

    private static Context attachment(Context ctx, String fileName) {
        return ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    private void html(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.html(out.toString());
    }

    private void problem(Context ctx, int status, String message) {
        ctx.attribute(PROBLEM, Boolean.TRUE);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex, nofollow");
        User user = ctx.attribute(USER);
        List<StaffHomePage.Link> allowed = new ArrayList<>();
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        } else if (status == 403 && user != null) {
            StaffHomePage home = OnTrackViews.home(data, access, user);
            if (home.state()) {
                allowed.add(new StaffHomePage.Link("The state view", OnTrackViews.STATE_URL, ""));
            }
            allowed.addAll(home.districts());
            allowed.addAll(home.schools());
            message = message + (allowed.isEmpty() ? " You may not see any page yet: ask for access."
                    : " You may see the pages listed below.");
        }
        StringOutput out = new StringOutput();
        templates.render("ontrack/error.jte", Map.of("status", status, "message", message, "user",
                user == null ? "" : user.name(), "allowed", allowed), out);
        ctx.html(out.toString());
    }

}
