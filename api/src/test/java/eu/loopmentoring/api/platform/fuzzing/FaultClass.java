package eu.loopmentoring.api.platform.fuzzing;

import java.util.EnumSet;
import java.util.Set;

/** The fault classes of issue 20 that a mutation aims at; a finding carries the class of its mutation. */
enum FaultClass {
    NUL_TEXT("1. text with a NUL character"),
    OPERATOR_SEARCH("2. search words made of operators"),
    DATE_RANGE("3. dates and times outside what PostgreSQL stores"),
    LENIENT_TYPES("6. lenient types"),
    PARAMETERS("7. repeated query parameters and bad booleans"),
    MEDIA_TYPES("8. media types");

    /**
     * Classes whose fixes are still open: their findings are printed, not failed. Delete an entry
     * when its fix lands, so that the fuzzer guards the class from then on.
     */
    static final Set<FaultClass> KNOWN_OPEN = EnumSet.noneOf(FaultClass.class);

    final String title;

    FaultClass(String title) {
        this.title = title;
    }
}
