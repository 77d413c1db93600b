package org.flashlight.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flashlight.web.WebApp;
import org.flashlight.web.bench.ReportCardLoad;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.School;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flashlight bench web}: report card pages at N concurrent users on loopback (docs/benchmarks.md). Starts the
 * app on the results in this process, then requests every school's report card under every framework and year.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "report card latency (p50/p95/p99) at N concurrent users on loopback")
final class BenchWeb implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, paramLabel = "DIR", description = "run folders, as for serve")
    Path results;

    @Option(names = "--users", defaultValue = "50", description = "concurrent users (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "10", description = "warm-up seconds (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--cache-mb", defaultValue = "64",
            description = "megabytes of rendered pages the app keeps, 0 to render every request (default: ${DEFAULT-VALUE})")
    long cacheMb;

    @Override
    public Integer call() throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        ResultsLibrary library = ResultsLibrary.open(results);
        List<String> paths = new ArrayList<>();
        for (FrameworkRun run : library.runs()) {
            for (School school : run.schools()) {
                for (int year : run.years()) {
                    paths.add(org.flashlight.web.view.Urls.school(school.id(), run.id(), year));
                }
            }
        }
        Javalin app = WebApp.create(library, cacheMb << 20).start("127.0.0.1", 0);
        try {
            ReportCardLoad.Result r = ReportCardLoad.run("http://127.0.0.1:" + app.port(), paths, users,
                    Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds), 7);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(java.util.Locale.ROOT, "report cards (page cache %d MB): %d pages, %d users, %d requests in %.1f s (%.0f/s), "
                    + "%d failed%n", cacheMb, paths.size(), r.users(), r.requests(), r.seconds(), r.requestsPerSecond(),
                    r.failures());
            out.printf(java.util.Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", r.p50(), r.p95(),
                    r.p99(), r.max());
            return r.failures() == 0 ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
        } finally {
            app.stop();
        }
    }
}
