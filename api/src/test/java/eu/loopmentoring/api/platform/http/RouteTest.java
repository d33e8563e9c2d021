package eu.loopmentoring.api.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.openapi.v1.api.AccountsApi;
import eu.loopmentoring.openapi.v1.api.CoalitionsApi;
import eu.loopmentoring.openapi.v1.api.QuestionnairesApi;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Lanes.DATABASE_INDEPENDENT)
class RouteTest {

    private final UUID coalition = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private final UUID membership = UUID.fromString("22222222-2222-2222-2222-222222222222");

    @Test
    void the_path_of_an_operation_with_its_path_parameters_filled_in() {
        assertThat(Route.of(CoalitionsApi.class, api -> api.getCoalitionMembership(coalition, membership)))
                .hasToString("/api/v1/coalitions/" + coalition + "/memberships/" + membership);
        assertThat(Route.of(AccountsApi.class, AccountsApi::getMe)).hasToString("/api/v1/me");
    }

    @Test
    void header_and_query_parameters_are_no_part_of_it() {
        assertThat(Route.of(QuestionnairesApi.class, api -> api.getQuestionnaire(coalition, "\"3\"")))
                .hasToString("/api/v1/questionnaires/" + coalition);
    }

    @Test
    void naming_no_operation_is_a_mistake_in_the_code() {
        assertThatThrownBy(() -> Route.of(CoalitionsApi.class, api -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
