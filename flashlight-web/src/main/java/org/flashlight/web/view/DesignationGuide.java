package org.flashlight.web.view;

import java.util.List;

/**
 * A designation in plain language: what it means and what it takes to exit. The run's {@code detail} says
 * why this school has it; this says what it is. Ids are the school_results ones ({@code csi}, {@code tsi:swd},
 * {@code priority}, ...); an id the guide does not know is shown with the run's detail only.
 */
public final class DesignationGuide {
    /** The plain-language entry of one designation id (the part before any {@code :group}). */
    public record Entry(String prefix, String title, String meaning, String exit) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("csi_graduation", "Comprehensive support (graduation)",
                    "The school's graduation rate is below the state's threshold for comprehensive support.",
                    "The school exits when its graduation rate rises above the threshold in the years the state's "
                            + "exit rule requires."),
            new Entry("csi", "Comprehensive support and improvement",
                    "The school is among the lowest-performing schools of the state under this framework.",
                    "The school exits when it is no longer among the lowest-performing schools and shows the "
                            + "improvement the state's exit rule requires (usually over the next identification "
                            + "cycle)."),
            new Entry("tsi", "Targeted support and improvement",
                    "One student group at the school performs as low as the schools in comprehensive support.",
                    "The school exits when that group's results rise above the comprehensive-support cut."),
            new Entry("atsi", "Additional targeted support",
                    "At least one student group performs as low as the lowest-performing schools.",
                    "The school exits when no group performs at that level any more."),
            new Entry("priority", "Priority school",
                    "Among the lowest-scoring schools on the framework's index.",
                    "The school leaves the list when its index is no longer among the lowest at the next "
                            + "identification."),
            new Entry("focus", "Focus school",
                    "A student group's results are among the lowest of the schools (the largest gaps).",
                    "The school leaves the list when that group's results are no longer among the lowest at the "
                            + "next identification."),
            new Entry("reward", "Reward school",
                    "Among the highest-scoring or most improved schools: a school others can learn from.",
                    "Reviewed at each identification."),
            new Entry("comprehensive", "Broad/comprehensive support",
                    "Among the lowest-performing schools by the state's rule.",
                    "The school exits when it meets its achievement, growth and gap-closing targets."),
            new Entry("targeted", "Focused/targeted support",
                    "The school's accountability percentile or one of its groups is among the lowest.",
                    "The school exits when the identifying group rises above the 20th percentile of its group "
                            + "and meets its annual targets."));

    private DesignationGuide() {
    }

    /** The entry of {@code id} ({@code tsi:swd} finds {@code tsi}); the id itself when unknown. */
    public static Entry of(String id) {
        String prefix = id.contains(":") ? id.substring(0, id.indexOf(':')) : id;
        return ENTRIES.stream().filter(e -> e.prefix().equals(prefix)).findFirst()
                .orElse(new Entry(prefix, id, "", ""));
    }

    /** "Targeted support and improvement (Students with disabilities)" for {@code tsi:swd}. */
    public static String title(String id) {
        String title = of(id).title();
        return id.contains(":") ? title + " (" + Labels.group(id.substring(id.indexOf(':') + 1)) + ")" : title;
    }
}
