package org.flashlight.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flashlight.web.ontrack.AccessFile;
import org.flashlight.web.ontrack.OnTrackApp;
import org.flashlight.web.ontrack.OnTrackData;
import org.flashlight.web.ontrack.OnTrackDataException;
import org.flashlight.web.results.ResultsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flashlight ontrack serve --scores DIR --access FILE}: the internal on-track views, signed in. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the internal on-track views (support lists, one student's year, district and state "
                + "views) to staff signed in with a user of the access file (flashlight ontrack grant). These pages "
                + "name students: never the public app.",
            "Exit code 0 when stopped, 2 on a usage error."})
final class OntrackServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scores", required = true, paramLabel = "DIR", description = "the --out folder of flashlight ontrack score")
    Path scores;

    @Option(names = "--access", required = true, paramLabel = "FILE",
            description = "the access file of flashlight ontrack grant: who may see which school, district or the state")
    Path access;

    @Option(names = "--report", paramLabel = "DIR",
            description = "the --out folder of flashlight ontrack report --results (gap tables, rates by group)")
    Path report;

    @Option(names = "--results", paramLabel = "DIR",
            description = "a flashlight run folder, for the schools' names and districts (else schools.csv in the "
                    + "score folder, else ids only)")
    Path results;

    @Option(names = "--port", paramLabel = "P", defaultValue = "7071",
            description = "the port to listen on, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(access)) {
            throw new ExitCodes.UsageException("--access: no access file " + access + ". The internal views never start "
                    + "without one; make it with: flashlight ontrack grant --access " + access
                    + " --user NAME --scope school:ID|district:ID|state");
        }
        AccessFile users;
        OnTrackData data;
        try {
            users = AccessFile.read(access);
            data = OnTrackData.read(scores, Optional.ofNullable(report), Optional.ofNullable(results));
        } catch (OnTrackDataException | ResultsException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
        if (users.users().isEmpty()) {
            throw new ExitCodes.UsageException("--access: " + access + " has no user; add one with flashlight ontrack grant");
        }
        var out = spec.commandLine().getOut();
        if (!data.knowsDistricts()) {
            out.println("Note: the schools' districts are unknown, so district users see no school. Give --results RUN, "
                    + "or put the bundle's schools.csv in " + scores + ".");
        }
        ServeCommand.quietServerLog();
        Javalin app;
        try {
            app = OnTrackApp.create(data, users).start(host, port);
        } catch (RuntimeException e) {
            throw new ExitCodes.UsageException("--port: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another server using it? Choose another with --port, or 0 for any free port");
        }
        out.printf("  %d schools, %d users; internal pages: they name students%n", data.schools().size(),
                users.users().size());
        out.println("Flashlight on track (internal) is serving at http://" + (host.equals("0.0.0.0") ? "localhost" : host)
                + ":" + app.port() + "/  (sign in with a user of " + access + "; Ctrl+C to stop)");
        out.flush();
        ServeCommand.awaitStop(app);
        return ExitCodes.OK;
    }
}
