package eu.loopmentoring.domain.organization;

/** Levels of the International Standard Classification of Education (ISCED 2011). */
public enum IscedLevel {
    ISCED_0,
    ISCED_1,
    ISCED_2,
    ISCED_3,
    ISCED_4,
    ISCED_5,
    ISCED_6,
    ISCED_7,
    ISCED_8
}
