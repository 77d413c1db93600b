package org.flashlight.synth;

/** The contract's school types, with the grade span each serves when fully open. */
enum SchoolType {
    ELEMENTARY("elementary", 0, 5),
    MIDDLE("middle", 6, 8),
    HIGH("high", 9, 12),
    K8("k8", 0, 8),
    K12("k12", 0, 12),
    ALTERNATIVE("alternative", 9, 12);

    final String code;
    final int low;
    final int high;

    SchoolType(String code, int low, int high) {
        this.code = code;
        this.low = low;
        this.high = high;
    }
}
