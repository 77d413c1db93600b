package org.flashlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.ingest.FileReport;

/**
 * run_manifest.json (outputs.md): framework id and version, software version, every input file with
 * its size and SHA-256, row counts, start and end time. Keys are written in a fixed order, so two
 * runs on the same inputs differ only in the times.
 */
final class RunManifest {
    private RunManifest() {
    }

    static void write(Path target, FrameworkSettings framework, BundleFiles bundle, LoadReport report, long resultRows,
            Instant start, Instant end) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("software", "flashlight");
        root.put("software_version", Version.current());
        root.put("data_contract_version", BundleContract.VERSION);
        ObjectNode fw = root.putObject("framework");
        fw.put("id", framework.id());
        fw.put("name", framework.name());
        fw.put("version", framework.version());
        fw.put("min_n", framework.minN());
        fw.put("min_n_public", framework.minNPublic());
        fw.put("econ_disadv_rule", framework.econDisadvRule());
        // the web app shows the summative score only where the framework publishes it (CORE-5)
        fw.put("publish_score", framework.scoring().publishScore());
        ArrayNode inputs = root.putArray("inputs");
        for (BundleFiles.BundleFile file : bundle.files()) {
            ObjectNode f = inputs.addObject();
            f.put("file", file.fileName());
            f.put("bytes", Files.size(file.path()));
            f.put("sha256", sha256(file.path()));
        }
        ArrayNode rows = root.putArray("rows");
        for (FileReport f : report.files()) {
            ObjectNode r = rows.addObject();
            r.put("file", f.file());
            r.put("present", f.present());
            r.put("read", f.read());
            r.put("accepted", f.accepted());
            r.put("rejected", f.rejected());
        }
        root.put("metric_results_rows", resultRows);
        root.put("started", start.toString());
        root.put("finished", end.toString());
        json.writeValue(target.toFile(), root);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
