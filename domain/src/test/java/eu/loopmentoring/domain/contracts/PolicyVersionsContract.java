package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.coalition.Coalition;
import eu.loopmentoring.domain.coalition.Coalitions;
import eu.loopmentoring.domain.matching.MatchingPolicy;
import eu.loopmentoring.domain.matchingrun.PolicyVersion;
import eu.loopmentoring.domain.matchingrun.PolicyVersions;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link PolicyVersions} must do: versions are never changed, and the highest is the latest. */
public abstract class PolicyVersionsContract extends PortContract {

    protected abstract PolicyVersions versions();

    protected abstract Coalitions coalitions();

    private UUID aCoalition() {
        Coalition coalition = aProgramme();
        assertThat(coalitions().add(coalition)).isTrue();
        return coalition.id();
    }

    private PolicyVersion version(UUID coalition, int number, MatchingPolicy.Filters filters) {
        return new PolicyVersion(
                coalition,
                MatchingPolicy.DEFAULT.withFilters(filters).withVersion(number),
                Optional.of(aPerson("Coordinator").id()),
                Optional.of(T0.plusSeconds(number)));
    }

    @Test
    void theHighestSavedVersionIsTheLatestAndEachIsFoundByItsNumber() {
        UUID coalition = aCoalition();
        MatchingPolicy.Filters strict = new MatchingPolicy.Filters(true, true, true, true, true, true);
        PolicyVersion two = version(coalition, 2, strict);
        PolicyVersion three = version(coalition, 3, MatchingPolicy.Filters.DEFAULT);

        assertThat(versions().latest(coalition)).isEmpty();
        assertThat(versions().add(three)).isTrue();
        assertThat(versions().add(two)).isTrue();

        assertThat(versions().latest(coalition)).contains(three);
        assertThat(versions().find(coalition, 2)).contains(two);
        assertThat(versions().find(coalition, 4)).isEmpty();
        assertThat(versions().latest(aCoalition())).isEmpty();
    }

    @Test
    void aVersionSomeoneSavedFirstStaysAsItWas() {
        UUID coalition = aCoalition();
        PolicyVersion first = version(coalition, 2, MatchingPolicy.Filters.DEFAULT);
        PolicyVersion second = version(coalition, 2, new MatchingPolicy.Filters(false, true, true, true, false, true));

        assertThat(versions().add(first)).isTrue();
        assertThat(versions().add(second)).isFalse();

        assertThat(versions().find(coalition, 2)).contains(first);
    }
}
