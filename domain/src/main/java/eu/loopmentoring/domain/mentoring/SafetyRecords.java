package eu.loopmentoring.domain.mentoring;

import java.util.List;

/** The blocks a person made and the reports they filed, for their export. */
public record SafetyRecords(List<PersonBlock> blocks, List<PersonReport> reports) {

    public SafetyRecords {
        blocks = List.copyOf(blocks);
        reports = List.copyOf(reports);
    }
}
