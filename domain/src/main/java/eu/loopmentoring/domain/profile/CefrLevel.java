package eu.loopmentoring.domain.profile;

/** Levels of the Common European Framework of Reference for Languages. */
public enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2
}
