package org.flashlight.core.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.bundle.Grades;

/**
 * The test definitions in force for a bundle: the built-in ones (published ranges and cut scores,
 * cited in {@code builtin-tests.csv}) overridden and extended by the bundle's own tests.csv.
 * Immutable and thread-safe.
 */
public final class TestCatalog {
    private static final String BUILTIN_RESOURCE = "builtin-tests.csv";
    private static final TestCatalog BUILTIN = loadBuiltIn();

    private final Map<Key, TestDefinition> definitions;

    private TestCatalog(Map<Key, TestDefinition> definitions) {
        this.definitions = Map.copyOf(definitions);
    }

    /** The definitions Flashlight ships. */
    public static TestCatalog builtIn() {
        return BUILTIN;
    }

    /** A catalog holding exactly these definitions. */
    public static TestCatalog of(Collection<TestDefinition> definitions) {
        Map<Key, TestDefinition> map = new LinkedHashMap<>();
        definitions.forEach(d -> map.put(Key.of(d), d));
        return new TestCatalog(map);
    }

    /** This catalog with the bundle's own definitions replacing or adding to it (tests.csv wins). */
    public TestCatalog withOverrides(Collection<TestDefinition> overrides) {
        Map<Key, TestDefinition> map = new LinkedHashMap<>(definitions);
        overrides.forEach(d -> map.put(Key.of(d), d));
        return new TestCatalog(map);
    }

    /** The definition of a test, subject and grade; a subject-specific row wins over a {@code *} row. */
    public Optional<TestDefinition> find(String test, String subject, int grade) {
        TestDefinition exact = definitions.get(new Key(test, subject, grade));
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(definitions.get(new Key(test, TestDefinition.ANY_SUBJECT, grade)));
    }

    /** Every definition, sorted by test, subject and grade. */
    public List<TestDefinition> all() {
        return definitions.values().stream()
                .sorted(java.util.Comparator.comparing(TestDefinition::test)
                        .thenComparing(TestDefinition::subject)
                        .thenComparingInt(TestDefinition::grade))
                .toList();
    }

    private record Key(String test, String subject, int grade) {
        static Key of(TestDefinition d) {
            return new Key(d.test(), d.subject(), d.grade());
        }
    }

    private static TestCatalog loadBuiltIn() {
        try (InputStream in = TestCatalog.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
            }
            return of(parseBuiltIn(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the shipped definitions: the tests.csv columns followed by a {@code source} column that
     * may contain commas (it is the last column, so the line is split into at most 12 fields).
     * Lines starting with {@code #} are comments.
     */
    static List<TestDefinition> parseBuiltIn(BufferedReader reader) throws IOException {
        List<TestDefinition> result = new ArrayList<>();
        String header = reader.readLine();
        if (header == null || !header.startsWith("test,subject,grade,")) {
            throw new IllegalStateException(BUILTIN_RESOURCE + ": unexpected header " + header);
        }
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", 12);
            if (f.length < 11) {
                throw new IllegalStateException(BUILTIN_RESOURCE + ":" + lineNumber + ": expected 12 fields");
            }
            int levels = f[5].isBlank() ? 0 : Integer.parseInt(f[5].trim());
            List<BigDecimal> cuts = new ArrayList<>();
            for (int i = 7; i <= 10 && cuts.size() < Math.max(0, levels - 1); i++) {
                cuts.add(new BigDecimal(f[i].trim()));
            }
            result.add(new TestDefinition(f[0].trim(), f[1].trim(),
                    Grades.parse(f[2]).orElseThrow(() -> new IllegalStateException("bad grade " + f[2])),
                    new BigDecimal(f[3].trim()), new BigDecimal(f[4].trim()), levels,
                    f[6].isBlank() ? 0 : Integer.parseInt(f[6].trim()), cuts, f.length > 11 ? f[11].trim() : ""));
        }
        return result;
    }
}
