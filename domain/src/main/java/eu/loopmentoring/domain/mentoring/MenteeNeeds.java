package eu.loopmentoring.domain.mentoring;

import java.util.Set;
import java.util.UUID;

/** A person's training needs from their profile (questionnaire and own choices): a request's default needs. */
@FunctionalInterface
public interface MenteeNeeds {

    Set<String> of(UUID personId);
}
