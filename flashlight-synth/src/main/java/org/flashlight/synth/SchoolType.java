package org.flashlight.synth;

/** The contract's school types (the grade span of each school is set by {@link StateLayout}). */
enum SchoolType {
    ELEMENTARY("elementary"),
    MIDDLE("middle"),
    HIGH("high"),
    K8("k8"),
    K12("k12"),
    ALTERNATIVE("alternative");

    final String code;

    SchoolType(String code) {
        this.code = code;
    }
}
