package org.flashlight.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The app's own assets (one stylesheet, one small script), read once from the jar: nothing is loaded from the
 * internet. Shared by the public app and the internal on-track views. Immutable.
 */
public final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of("site.css", "text/css; charset=utf-8",
            "site.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;

    private StaticFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    public static StaticFiles load() {
        return new StaticFiles(Map.of("site.css", resource("/static/site.css"), "site.js", resource("/static/site.js")));
    }

    /** The file's bytes, empty for a name that is not one of the assets. */
    public Optional<byte[]> bytes(String name) {
        return Optional.ofNullable(files.get(name));
    }

    public String type(String name) {
        return TYPES.get(name);
    }

    /** A resource the build puts in the jar. */
    public static byte[] resource(String path) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the build left out the resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
