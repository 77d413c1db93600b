package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Test shorthand: decimals written as the result files print them. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static List<BigDecimal> ds(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
