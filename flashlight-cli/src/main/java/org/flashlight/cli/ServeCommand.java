package org.flashlight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.flashlight.web.WebApp;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.ResultsException;
import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flashlight serve --results DIR [--port P]}: the web application on the results of flashlight run. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves public report cards, dashboards and the JSON API on the results of flashlight run.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, paramLabel = "DIR",
            description = "the --out folder of flashlight run (or its flashlight.duckdb), or a folder holding one such folder per framework")
    Path results;

    @Option(names = "--port", paramLabel = "P", defaultValue = "7070",
            description = "the port to listen on, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        ResultsLibrary library;
        try {
            library = ResultsLibrary.open(results);
        } catch (ResultsException e) {
            throw new ParameterException(spec.commandLine(), "--results: " + e.getMessage());
        }
        serve(library, host, port, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Starts the app, prints its URL and blocks until the process is stopped. */
    static void serve(ResultsLibrary library, String host, int port, PrintWriter out) throws InterruptedException {
        quietServerLog();
        Javalin app;
        try {
            app = WebApp.create(library).start(host, port);
        } catch (RuntimeException e) {
            throw new ExitCodes.UsageException("--port: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server using it? Choose another with --port, or 0 for any free port");
        }
        for (FrameworkRun run : library.runs()) {
            out.printf("  %s: %s, %d schools, years %s%n", run.id(), run.name(), run.schools().size(), run.years());
        }
        out.println("Flashlight is serving the results at http://" + (host.equals("0.0.0.0") ? "localhost" : host)
                + ":" + app.port() + "/  (Ctrl+C to stop)");
        out.flush();
        awaitStop(app);
    }

    /** The server's own log says only what needs attention; FLASHLIGHT_OPTS=-Dorg.slf4j.simpleLogger... overrides. */
    static void quietServerLog() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /** Blocks until the process is stopped (Ctrl+C), then stops the server. */
    static void awaitStop(Javalin app) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }
}
