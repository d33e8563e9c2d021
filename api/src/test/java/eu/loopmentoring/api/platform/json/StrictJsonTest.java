package eu.loopmentoring.api.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.loopmentoring.api.support.Lanes;
import eu.loopmentoring.openapi.v1.model.CoalitionChangesDto;
import eu.loopmentoring.openapi.v1.model.MentoringAgreementTermsDto;
import eu.loopmentoring.openapi.v1.model.MentoringGoalChangesDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringGoalDto;
import eu.loopmentoring.openapi.v1.model.NewMentoringSessionDto;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapper's rules on their own: each refused value names its place in the body. */
@Tag(Lanes.DATABASE_INDEPENDENT)
class StrictJsonTest {

    private final ObjectMapper json = strict();

    static ObjectMapper strict() {
        ObjectMapper mapper =
                JsonMapper.builder().addModule(new JavaTimeModule()).build();
        new StrictJson().customize(mapper);
        return mapper;
    }

    static Stream<String[]> refused() {
        return Stream.of(
                new String[] {NewMentoringGoalDto.class.getName(), "{\"title\": 123}", "title"},
                new String[] {NewMentoringGoalDto.class.getName(), "{\"title\": true}", "title"},
                new String[] {NewMentoringGoalDto.class.getName(), "{\"title\": \"a\\u0000b\"}", "title"},
                new String[] {NewMentoringGoalDto.class.getName(), "{\"targetDate\": 1700000000}", "targetDate"},
                new String[] {NewMentoringGoalDto.class.getName(), "{\"targetDate\": 20000}", "targetDate"},
                new String[] {NewMentoringGoalDto.class.getName(), "{\"targetDate\": \"+5874898-01-01\"}", "targetDate"
                },
                new String[] {NewMentoringGoalDto.class.getName(), "{\"targetDate\": [2026, 1, 1]}", "targetDate"},
                new String[] {NewMentoringGoalDto.class.getName(), "{\"targetDate\": \"\"}", "targetDate"},
                new String[] {MentoringGoalChangesDto.class.getName(), "{\"progress\": \"50\"}", "progress"},
                new String[] {MentoringGoalChangesDto.class.getName(), "{\"progress\": 50.5}", "progress"},
                new String[] {MentoringGoalChangesDto.class.getName(), "{\"progress\": 50.0}", "progress"},
                new String[] {MentoringGoalChangesDto.class.getName(), "{\"progress\": true}", "progress"},
                new String[] {MentoringGoalChangesDto.class.getName(), "{\"progress\": 99999999999}", "progress"},
                new String[] {MentoringGoalChangesDto.class.getName(), "{\"status\": 1}", "status"},
                new String[] {NewMentoringSessionDto.class.getName(), "{\"startsAt\": 1700000000}", "startsAt"},
                new String[] {NewMentoringSessionDto.class.getName(), "{\"startsAt\": 1.7E9}", "startsAt"},
                new String[] {
                    NewMentoringSessionDto.class.getName(), "{\"startsAt\": \"+294277-01-01T00:00:00Z\"}", "startsAt"
                },
                new String[] {NewMentoringSessionDto.class.getName(), "{\"durationMinutes\": \"45\"}", "durationMinutes"
                },
                new String[] {
                    MentoringAgreementTermsDto.class.getName(),
                    "{\"goals\": [{\"description\": 5}]}",
                    "goals[0].description"
                },
                new String[] {MentoringAgreementTermsDto.class.getName(), "{\"goals\": \"x\"}", "goals"});
    }

    @ParameterizedTest
    @MethodSource("refused")
    void a_value_of_another_type_is_refused_naming_the_field(String type, String body, String field) {
        assertThatThrownBy(() -> json.readValue(body, Class.forName(type)))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo(field));
    }

    @Test
    void an_explicit_null_is_refused_naming_the_field_unless_the_contract_declares_it_nullable() throws Exception {
        assertThatThrownBy(() -> json.readValue(
                        "{\"startsAt\": \"2026-12-02T16:00:00Z\", \"durationMinutes\": 45, \"status\": null}",
                        NewMentoringSessionDto.class))
                .isInstanceOf(RefusedValueException.class)
                .hasMessageContaining("must not be null")
                .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo("status"));
        assertThatThrownBy(() -> json.readValue("{\"title\": null}", NewMentoringGoalDto.class))
                .isInstanceOf(RefusedValueException.class)
                .satisfies(e -> assertThat(path((JsonMappingException) e)).isEqualTo("title"));

        CoalitionChangesDto changes = json.readValue("{\"countries\": null}", CoalitionChangesDto.class);
        assertThat(changes.getCountries())
                .as("countries is nullable in the contract")
                .isNull();
    }

    @Test
    void values_of_the_contract_types_are_read() throws Exception {
        NewMentoringGoalDto goal = json.readValue(
                "{\"title\": \"Exit tickets\", \"targetDate\": \"2027-03-15\"}", NewMentoringGoalDto.class);
        assertThat(goal.getTargetDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        NewMentoringSessionDto session = json.readValue(
                "{\"startsAt\": \"2026-12-02T16:00:00+01:00\", \"durationMinutes\": 45}", NewMentoringSessionDto.class);
        assertThat(session.getDurationMinutes()).isEqualTo(45);
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (var r : e.getPath()) {
            if (r.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                field.append('[').append(r.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
