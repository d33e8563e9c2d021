package eu.loopmentoring.api.identity;

import eu.loopmentoring.api.coalition.CoalitionDtoMapper;
import eu.loopmentoring.api.organization.OrganizationDtoMapper;
import eu.loopmentoring.api.platform.http.Responses;
import eu.loopmentoring.api.platform.http.Route;
import eu.loopmentoring.api.platform.idempotency.IdempotentCreate;
import eu.loopmentoring.api.platform.security.CurrentSubject;
import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.identity.Registration;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.privacy.AccountErasure;
import eu.loopmentoring.domain.shared.ConflictException;
import eu.loopmentoring.domain.shared.InvalidInputException;
import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.api.AccountsApi;
import eu.loopmentoring.openapi.v1.model.AccountRegistrationDto;
import eu.loopmentoring.openapi.v1.model.PersonalDataExportDto;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/") // the generated interfaces carry full paths on their methods
public class AccountsResourceV1 implements AccountsApi {

    private final Accounts accounts;
    private final IdentityDtoMapper mapper;
    private final CurrentSubject current;
    private final RoutingContext http;
    private final OrganizationDirectory organizations;
    private final OrganizationDtoMapper organizationMapper;
    private final CoalitionCommunity coalitions;
    private final CoalitionDtoMapper coalitionMapper;
    private final AccountErasure erasure;
    private final AccountExport exports;

    AccountsResourceV1(
            Accounts accounts,
            IdentityDtoMapper mapper,
            CurrentSubject current,
            RoutingContext http,
            OrganizationDirectory organizations,
            OrganizationDtoMapper organizationMapper,
            CoalitionCommunity coalitions,
            CoalitionDtoMapper coalitionMapper,
            AccountErasure erasure,
            AccountExport exports) {
        this.accounts = accounts;
        this.mapper = mapper;
        this.current = current;
        this.http = http;
        this.organizations = organizations;
        this.organizationMapper = organizationMapper;
        this.coalitions = coalitions;
        this.coalitionMapper = coalitionMapper;
        this.erasure = erasure;
        this.exports = exports;
    }

    @Override
    // a refusal for an existing email is counted against the address: that count must commit
    @Transactional(dontRollbackOn = ConflictException.class)
    @IdempotentCreate
    public Response registerAccount(AccountRegistrationDto body, String idempotencyKey) {
        Person person = accounts.register(
                new Registration(
                        email(body.getEmail()),
                        body.getPassword(),
                        body.getDisplayName(),
                        body.getCountry(),
                        body.getPreferredLanguage()),
                ClientAddress.of(http.request()));
        return Responses.created(
                Route.of(AccountsApi.class, AccountsApi::getMe), mapper.toMe(person, List.of(), List.of()));
    }

    @Override
    public Response getMe() {
        Subject subject = current.require();
        Person me = accounts.me(subject);
        return Response.ok(mapper.toMe(
                        me,
                        organizations.mine(subject).stream()
                                .map(organizationMapper::toDto)
                                .toList(),
                        coalitions.mine(subject).stream()
                                .map(coalitionMapper::toDto)
                                .toList()))
                .build();
    }

    @Override
    @Transactional
    public Response eraseMe() {
        erasure.erase(current.require());
        return Response.noContent().build();
    }

    @Override
    public Response exportMe() {
        PersonalDataExportDto export = exports.of(current.require());
        return Response.ok(export)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"loop-export-"
                                + export.getAccount().getId() + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    static Email email(String value) {
        try {
            return new Email(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("email", "must be an email address");
        }
    }
}
