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
    static final Set<FaultClass> KNOWN_OPEN = EnumSet.of(
            // issue 20 class 1: PostgreSQL refuses NUL; text fields and q answer 500
            NUL_TEXT,
            // issue 20 class 2: a q of operators only answers 500
            OPERATOR_SEARCH,
            // issue 20 class 3: years beyond PostgreSQL's range answer 500
            DATE_RANGE,
            // issue 20 class 6: a number where the contract says string (and the like) is accepted
            LENIENT_TYPES,
            // issue 20 class 7: ?limit=5&limit=200 and facets=maybe are accepted
            PARAMETERS,
            // issue 20 class 8: Content-Type */* or an unknown charset is taken as JSON
            MEDIA_TYPES);

    final String title;

    FaultClass(String title) {
        this.title = title;
    }
}
