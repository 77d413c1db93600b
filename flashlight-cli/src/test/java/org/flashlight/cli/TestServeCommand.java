package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestServeCommand {
    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aFolderWithoutResultsIsAUsageErrorThatSaysWhatToGive() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Run run = run("serve", "--results", empty.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--results").contains("--out folder of flashlight run");
        assertThat(run("serve", "--results", temp.resolve("missing").toString()).err()).contains("is not a folder");
    }

    @Test
    void aPortInUseIsAUsageErrorThatSuggestsAnother() throws Exception {
        Path results = org.flashlight.web.RunFixture.write(temp.resolve("runs"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = run("serve", "--results", results.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--port: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port");
        }
    }

    @Test
    void serveIsACommandOfTheExecutable() {
        Run run = run("serve", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--results", "--port");
    }
}
