package eu.loopmentoring.domain.mentoring;

import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.school.SchoolDimension;
import eu.loopmentoring.domain.shared.Enums;
import eu.loopmentoring.domain.shared.ProfileDimension;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** What a mentor can help with: profile dimensions, subjects (slugs), school levels and school dimensions. */
public record Expertise(
        Set<ProfileDimension> profileDimensions,
        Set<String> subjects,
        Set<IscedLevel> schoolLevels,
        Set<SchoolDimension> schoolDimensions) {

    public Expertise {
        profileDimensions = Enums.orderedSet(ProfileDimension.class, profileDimensions);
        subjects = Collections.unmodifiableSortedSet(new TreeSet<>(subjects));
        schoolLevels = Enums.orderedSet(IscedLevel.class, schoolLevels);
        schoolDimensions = Enums.orderedSet(SchoolDimension.class, schoolDimensions);
    }
}
