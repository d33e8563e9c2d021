package eu.loopmentoring.persistence.matching;

import eu.loopmentoring.domain.matching.Criterion;
import eu.loopmentoring.domain.matching.Filter;
import eu.loopmentoring.domain.matching.MeetingFormat;
import eu.loopmentoring.domain.matching.MeetingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of a pair's explanation ({@code matching_run_pair.explanation}). Its property
 * names are a storage format: renaming one needs a data migration.
 */
public record PairExplanationDocument(
        Map<Criterion, Long> contributions,
        Set<Filter> filters,
        List<String> languages,
        Set<MeetingFormat> formats,
        Set<MeetingMode> modes,
        String region) {}
