package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.ResourceUse;
import eu.loopmentoring.domain.resource.ResourceUses;
import eu.loopmentoring.domain.resource.UseKind;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@link ResourceUses} must do. */
public abstract class ResourceUsesContract extends ResourceBankContract {

    protected abstract ResourceUses uses();

    @Test
    void aUseIsRecordedOnceAndTheFirstOneStays() {
        Person ana = aPerson("Ana");
        LearningResource resource = aPublishedResource();
        ResourceUse opened = new ResourceUse(ana.id(), resource.id(), UseKind.OPENED, T0);

        assertThat(uses().record(opened)).isEqualTo(opened);
        assertThat(uses().record(new ResourceUse(ana.id(), resource.id(), UseKind.OPENED, T0.plusSeconds(60))))
                .isEqualTo(opened);
        assertThat(uses().by(ana.id())).containsExactly(opened);
    }

    @Test
    void aPersonsUsesAreNewestFirstThenByResourceAndKind() {
        Person ana = aPerson("Ana");
        LearningResource first = aPublishedResource();
        LearningResource second = aPublishedResource();
        LearningResource third = aPublishedResource();
        List<ResourceUse> recorded = List.of(
                uses().record(new ResourceUse(ana.id(), first.id(), UseKind.OPENED, T0)),
                uses().record(new ResourceUse(ana.id(), first.id(), UseKind.COMPLETED, T0.plusSeconds(3))),
                uses().record(new ResourceUse(ana.id(), second.id(), UseKind.OPENED, T0.plusSeconds(2))),
                uses().record(new ResourceUse(ana.id(), third.id(), UseKind.OPENED, T0.plusSeconds(2))),
                uses().record(new ResourceUse(ana.id(), third.id(), UseKind.COMPLETED, T0.plusSeconds(2))));
        uses().record(new ResourceUse(aPerson("Bea").id(), first.id(), UseKind.OPENED, T0.plusSeconds(9)));

        assertThat(uses().by(ana.id()))
                .containsExactlyElementsOf(recorded.stream()
                        .sorted(Comparator.comparing(ResourceUse::at)
                                .reversed()
                                .thenComparing(u -> u.resourceId().toString())
                                .thenComparing(u -> u.kind().name()))
                        .toList());
    }
}
