package eu.loopmentoring.domain.resource;

/** What a person did with a resource, as far as the platform records it. */
public enum UseKind {
    OPENED,
    COMPLETED
}
