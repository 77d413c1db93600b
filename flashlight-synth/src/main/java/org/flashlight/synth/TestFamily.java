package org.flashlight.synth;

import java.util.List;

/**
 * The state's assessment system: the accountability test for ELA and math, where to look for its
 * science test, its alternate assessment and its English-language-proficiency test. Which grades
 * are tested is read from the test catalog, never assumed.
 *
 * @param test             accountability test code for ELA and math
 * @param scienceTests     test codes to try for science, in order (the first the catalog has wins)
 * @param alternateTest    alternate assessment for students with significant cognitive disabilities
 * @param proficiencyTest  English-language-proficiency test, subject {@code elp}
 */
public record TestFamily(String test, List<String> scienceTests, String alternateTest, String proficiencyTest) {
    public TestFamily {
        scienceTests = List.copyOf(scienceTests);
    }

    /** Smarter Balanced states (California): CAST or an SBAC science row, CAA, ELPAC. */
    public static final TestFamily SBAC = new TestFamily("sbac", List.of("cast", "sbac"), "caa", "elpac");
    /** PARCC states (DC): the PARCC or DC science test, MSAA, WIDA ACCESS. */
    public static final TestFamily PARCC = new TestFamily("parcc", List.of("parcc", "dc_science", "dcsa"), "msaa", "access");
    /** Massachusetts: MCAS (science included), MSAA, WIDA ACCESS. */
    public static final TestFamily MCAS = new TestFamily("mcas", List.of("mcas"), "msaa", "access");

    /** The family with this test code: {@code sbac}, {@code parcc} or {@code mcas}. */
    public static TestFamily named(String code) {
        return switch (code.toLowerCase(java.util.Locale.ROOT)) {
            case "sbac" -> SBAC;
            case "parcc" -> PARCC;
            case "mcas" -> MCAS;
            default -> throw new IllegalArgumentException("unknown test family " + code + " (sbac, parcc or mcas)");
        };
    }
}
