package eu.loopmentoring.domain.school;

/** iHub4Schools defines a method as "any tool, framework, program, or workshop format". */
public enum MethodKind {
    TOOL,
    FRAMEWORK,
    PROGRAM,
    WORKSHOP_FORMAT
}
