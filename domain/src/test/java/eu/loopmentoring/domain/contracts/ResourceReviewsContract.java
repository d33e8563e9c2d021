package eu.loopmentoring.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.resource.LearningResource;
import eu.loopmentoring.domain.resource.Rating;
import eu.loopmentoring.domain.resource.ResourceReviews;
import eu.loopmentoring.domain.resource.Review;
import eu.loopmentoring.domain.shared.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@link ResourceReviews} must do, with the rating aggregate the resources keep of them. */
public abstract class ResourceReviewsContract extends ResourceBankContract {

    protected abstract ResourceReviews reviews();

    @Test
    void aPersonsReviewIsAddedThenReplacedKeepingWhenItWasFirstGivenThenRemoved() {
        LearningResource resource = aPublishedResource();
        Person ana = aPerson("Ana Reviewer");

        Review first = reviews().put(resource.id(), ana.id(), 4, "Useful in week one.", T0);
        Review replaced = reviews().put(resource.id(), ana.id(), 2, "Less so later.", T0.plusSeconds(60));

        assertThat(first)
                .isEqualTo(new Review(resource.id(), ana.id(), "Ana Reviewer", 4, "Useful in week one.", T0, T0));
        assertThat(replaced)
                .isEqualTo(new Review(
                        resource.id(), ana.id(), "Ana Reviewer", 2, "Less so later.", T0, T0.plusSeconds(60)));
        assertThat(reviews().find(resource.id(), ana.id())).contains(replaced);
        assertThat(reviews().find(resource.id(), aPerson("Nobody").id())).isEmpty();

        assertThat(reviews().remove(resource.id(), ana.id())).isTrue();
        assertThat(reviews().find(resource.id(), ana.id())).isEmpty();
        assertThat(reviews().remove(resource.id(), ana.id())).isFalse();
    }

    @Test
    void aReviewNamesItsReviewerAsTheyAreNamedNow() {
        LearningResource resource = aPublishedResource();
        Person ana = aPerson("Ana Before");
        reviews().put(resource.id(), ana.id(), 5, "", T0);

        people().update(new Person(
                        ana.id(),
                        ana.email(),
                        ana.passwordHash(),
                        "Ana After",
                        ana.country(),
                        ana.preferredLanguage(),
                        ana.platformRoles(),
                        ana.createdAt(),
                        ana.version()))
                .orElseThrow();

        assertThat(reviews().find(resource.id(), ana.id()).orElseThrow().displayName())
                .isEqualTo("Ana After");
        assertThat(reviews().list(resource.id(), PageRequest.first(10)).items())
                .extracting(Review::displayName)
                .containsExactly("Ana After");
        assertThat(reviews().by(ana.id())).extracting(Review::displayName).containsExactly("Ana After");
    }

    @Test
    void aResourcesReviewsAreNewestChangeFirstInKeysetPages() {
        LearningResource resource = aPublishedResource();
        Person ana = aPerson("Ana");
        Person bea = aPerson("Bea");
        Person carla = aPerson("Carla");
        Person dora = aPerson("Dora");
        reviews().put(resource.id(), ana.id(), 3, "", T0.plusSeconds(3));
        reviews().put(resource.id(), bea.id(), 4, "", T0.plusSeconds(1));
        reviews().put(resource.id(), carla.id(), 5, "", T0.plusSeconds(2));
        reviews().put(resource.id(), dora.id(), 1, "", T0);
        reviews().put(resource.id(), bea.id(), 2, "changed my mind", T0.plusSeconds(4));
        reviews().put(aPublishedResource().id(), ana.id(), 5, "elsewhere", T0.plusSeconds(9));

        List<Review> listed = allPages(2, page -> reviews().list(resource.id(), page));

        assertThat(listed).extracting(Review::personId).containsExactly(bea.id(), ana.id(), carla.id(), dora.id());
        assertThat(listed.get(0).comment()).isEqualTo("changed my mind");
    }

    @Test
    void everythingAPersonReviewedIsNewestFirstForTheirExport() {
        Person ana = aPerson("Ana");
        LearningResource first = aPublishedResource();
        LearningResource second = aPublishedResource();
        LearningResource third = aPublishedResource();
        reviews().put(second.id(), ana.id(), 4, "", T0.plusSeconds(2));
        reviews().put(first.id(), ana.id(), 5, "", T0);
        reviews().put(third.id(), ana.id(), 3, "", T0.plusSeconds(1));
        reviews().put(first.id(), aPerson("Bea").id(), 1, "", T0.plusSeconds(5));

        assertThat(reviews().by(ana.id()))
                .extracting(Review::resourceId)
                .containsExactly(second.id(), third.id(), first.id());
        assertThat(reviews().by(aPerson("Nobody").id())).isEmpty();
    }

    @Test
    void aResourcesRatingIsRefreshedFromItsReviewsWithoutChangingItsVersion() {
        LearningResource resource = aPublishedResource();
        Person ana = aPerson("Ana");
        reviews().put(resource.id(), ana.id(), 5, "", T0);
        reviews().put(resource.id(), aPerson("Bea").id(), 4, "", T0);
        reviews().put(resource.id(), aPerson("Carla").id(), 2, "", T0);
        reviews().put(aPublishedResource().id(), ana.id(), 1, "", T0);

        assertThat(resources().refreshRating(resource.id())).isEqualTo(new Rating(3, 11));
        LearningResource rated = resources().find(resource.id()).orElseThrow();
        assertThat(rated.rating().average()).contains(new BigDecimal("3.67"));
        assertThat(rated.version()).isEqualTo(resource.version());

        reviews().remove(resource.id(), ana.id());

        assertThat(resources().refreshRating(resource.id())).isEqualTo(new Rating(2, 6));
        assertThat(resources().find(resource.id()).orElseThrow().rating()).isEqualTo(new Rating(2, 6));
    }
}
