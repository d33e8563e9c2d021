package eu.loopmentoring.api.platform.demo;

import eu.loopmentoring.domain.coalition.Admission;
import eu.loopmentoring.domain.coalition.CoalitionCommunity;
import eu.loopmentoring.domain.coalition.CoalitionDraft;
import eu.loopmentoring.domain.coalition.CoalitionMembership;
import eu.loopmentoring.domain.identity.Accounts;
import eu.loopmentoring.domain.identity.Email;
import eu.loopmentoring.domain.identity.People;
import eu.loopmentoring.domain.identity.Person;
import eu.loopmentoring.domain.identity.PlatformAdministration;
import eu.loopmentoring.domain.identity.Registration;
import eu.loopmentoring.domain.organization.IscedLevel;
import eu.loopmentoring.domain.organization.Member;
import eu.loopmentoring.domain.organization.OrganizationDetails;
import eu.loopmentoring.domain.organization.OrganizationDirectory;
import eu.loopmentoring.domain.organization.OrganizationKind;
import eu.loopmentoring.domain.organization.OrganizationRole;
import eu.loopmentoring.domain.organization.OrganizationView;
import eu.loopmentoring.domain.partner.ApiClientRegistry;
import eu.loopmentoring.domain.partner.IssuedSecret;
import eu.loopmentoring.domain.shared.ExpectedVersion;
import eu.loopmentoring.domain.shared.PlatformRole;
import eu.loopmentoring.domain.shared.Scope;
import eu.loopmentoring.domain.shared.Subject;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo people for every role, with organisations, memberships at several stages, coalitions and a
 * partner API client, so that a newcomer can log in from Swagger UI and try every endpoint. Loaded
 * only by the one-command run (embedded database), once: it is skipped when the demo
 * administrator exists. Everything goes through the domain services, as a user's requests would.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "loop-demo-password";
    public static final String DOMAIN = "@demo.loopmentoring.eu";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final boolean enabled;
    private final Accounts accounts;
    private final People people;
    private final PlatformAdministration administration;
    private final OrganizationDirectory organizations;
    private final CoalitionCommunity coalitions;
    private final ApiClientRegistry apiClients;
    private final DemoProfiles demoProfiles;
    private final DemoMentoring demoMentoring;
    private final Event<DemoPeople> demoPeople;

    DemoData(
            @ConfigProperty(name = "loop.demo-data.enabled", defaultValue = "false") boolean enabled,
            Accounts accounts,
            People people,
            PlatformAdministration administration,
            OrganizationDirectory organizations,
            CoalitionCommunity coalitions,
            ApiClientRegistry apiClients,
            DemoProfiles demoProfiles,
            DemoMentoring demoMentoring,
            Event<DemoPeople> demoPeople) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.people = people;
        this.administration = administration;
        this.organizations = organizations;
        this.coalitions = coalitions;
        this.apiClients = apiClients;
        this.demoProfiles = demoProfiles;
        this.demoMentoring = demoMentoring;
        this.demoPeople = demoPeople;
    }

    /**
     * After the configured first administrator, if any (default observer priority 2500). A database
     * loaded before the resource bank existed gets the demo resources on its next start.
     */
    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent start) {
        if (!enabled) {
            return;
        }
        if (people.findByEmail(email("admin")).isPresent()) {
            loadResources();
            return;
        }
        load();
        LOG.infof(
                "Loaded the demo data: log in as admin%s, ana.costa%s, ... with the password %s",
                DOMAIN, DOMAIN, PASSWORD);
    }

    void load() {
        Person admin =
                accounts.ensureFirstAdministrator(email("admin"), PASSWORD).orElseThrow();
        Subject root = admin.asSubject();
        Person moderator = person("moderator", "Marta Moderadora", "ES", "es");
        administration.replacePlatformRoles(
                root, moderator.id(), ExpectedVersion.of(moderator.version()), Set.of(PlatformRole.MODERATOR));

        Person ana = person("ana.costa", "Ana Costa", "PT", "pt"); // a teacher in her induction year
        Person joao = person("joao.silva", "João Silva", "PT", "pt"); // an experienced teacher and mentor
        Person maria = person("maria.lehtinen", "Maria Lehtinen", "FI", "fi"); // a school leader
        Person eva = person("eva.tamm", "Eva Tamm", "EE", "et"); // a teacher trainer at a university
        Person luca = person("luca.rossi", "Luca Rossi", "IT", "it"); // a local authority officer
        Person sofia = person("sofia.garcia", "Sofía García", "ES", "es"); // a student teacher
        Person ines = person("ines.ferreira", "Inês Ferreira", "PT", "pt"); // an early-career teacher
        Person tiago = person("tiago.mendes", "Tiago Mendes", "PT", "pt"); // a newly qualified teacher

        OrganizationView almada = organizations.register(
                joao.asSubject(),
                new OrganizationDetails(
                        "Agrupamento de Escolas de Almada",
                        OrganizationKind.SCHOOL,
                        "PT",
                        Optional.of("Setúbal"),
                        List.of("pt", "en"),
                        Set.of(IscedLevel.ISCED_1, IscedLevel.ISCED_2, IscedLevel.ISCED_3),
                        Optional.of("https://www.example.pt/ae-almada"),
                        Optional.of("A school cluster near Lisbon that mentors newly qualified teachers every year.")));
        OrganizationView espoo = organizations.register(
                maria.asSubject(),
                new OrganizationDetails(
                        "Kirkkojärven koulu",
                        OrganizationKind.SCHOOL,
                        "FI",
                        Optional.of("Espoo"),
                        List.of("fi", "sv", "en"),
                        Set.of(IscedLevel.ISCED_1, IscedLevel.ISCED_2),
                        Optional.empty(),
                        Optional.of(
                                "A comprehensive school working on whole-school digital innovation with a mentor school.")));
        OrganizationView tartu = organizations.register(
                eva.asSubject(),
                new OrganizationDetails(
                        "University of Tartu, Institute of Education",
                        OrganizationKind.UNIVERSITY,
                        "EE",
                        Optional.of("Tartu"),
                        List.of("et", "en"),
                        Set.of(IscedLevel.ISCED_6, IscedLevel.ISCED_7, IscedLevel.ISCED_8),
                        Optional.empty(),
                        Optional.of("Teacher education and research on mentoring and teacher inquiry.")));
        organizations.register(
                luca.asSubject(),
                new OrganizationDetails(
                        "Comune di Bologna, Servizi Educativi",
                        OrganizationKind.LOCAL_AUTHORITY,
                        "IT",
                        Optional.of("Emilia-Romagna"),
                        List.of("it"),
                        Set.of(),
                        Optional.empty(),
                        Optional.empty()));

        UUID almadaId = almada.organization().id();
        Member invitation = organizations.propose(
                joao.asSubject(),
                almadaId,
                OrganizationRole.TEACHER,
                Optional.of(ana.email()),
                Optional.of("Welcome!"));
        organizations.accept(ana.asSubject(), almadaId, invitation.membership().id());
        organizations.propose(
                sofia.asSubject(),
                almadaId,
                OrganizationRole.TEACHER,
                Optional.empty(),
                Optional.of("I am doing my teaching practice here this spring."));
        organizations.propose(
                maria.asSubject(),
                tartu.organization().id(),
                OrganizationRole.SCHOOL_LEADER,
                Optional.empty(),
                Optional.of("Our school would like to work with your teacher trainers."));
        for (OrganizationView verified : List.of(almada, tartu, espoo)) {
            organizations.verify(
                    root,
                    verified.organization().id(),
                    ExpectedVersion.of(verified.organization().version()),
                    true);
        }

        UUID network = coalitions
                .found(
                        joao.asSubject(),
                        new CoalitionDraft(
                                "LOOP Mentors Network",
                                "Mentors and school leaders sharing how they welcome new teachers: peer learning across"
                                        + " countries and generations.",
                                Set.of("PT", "FI", "EE", "IT", "ES"),
                                Admission.OPEN))
                .coalition()
                .id();
        UUID digital = coalitions
                .found(
                        maria.asSubject(),
                        new CoalitionDraft(
                                "Digital Innovation Schools",
                                "Schools mentoring each other towards whole-school digital innovation with Future School,"
                                        + " Digipeda and TISL.",
                                Set.of("FI", "EE", "PT"),
                                Admission.BY_APPROVAL))
                .coalition()
                .id();
        coalitions.found(
                ana.asSubject(),
                new CoalitionDraft(
                        "Induction Year Peers",
                        "Teachers in their first years supporting each other.",
                        Set.of("PT", "ES"),
                        Admission.OPEN));
        coalitions.join(ana.asSubject(), network);
        coalitions.join(eva.asSubject(), network);
        // Sofía's request waits in the pool: João's matching run of the network pairs her at once.
        coalitions.join(sofia.asSubject(), network);
        CoalitionMembership request = coalitions.join(joao.asSubject(), digital);
        coalitions.approve(maria.asSubject(), digital, request.id());
        coalitions.join(luca.asSubject(), digital);

        demoProfiles.inductionTeacher(ana);
        demoProfiles.experiencedMentor(joao);
        demoProfiles.schoolLeader(maria);
        demoProfiles.studentTeacher(sofia);
        demoMentoring.load(joao, ana, sofia, eva, maria);
        demoMentoring.loadGroups(joao, ines, tiago, maria, luca, eva);
        loadResources();

        IssuedSecret client = apiClients.create(
                root,
                "University of Tartu integration",
                tartu.organization().id(),
                Set.of(Scope.ORGANIZATIONS_READ, Scope.RESOURCES_READ));
        LOG.infof(
                "Demo API client %s has the secret %s (shown this once; rotate it as admin if lost)",
                client.client().id(), client.value());
    }

    private void loadResources() {
        demoPeople.fire(new DemoPeople(people));
    }

    private Person person(String name, String displayName, String country, String language) {
        return accounts.register(new Registration(email(name), PASSWORD, displayName, country, language), "demo");
    }

    static Email email(String name) {
        return new Email(name + DOMAIN);
    }
}
