package eu.loopmentoring.persistence.resource;

import eu.loopmentoring.domain.resource.ModerationItem;
import eu.loopmentoring.domain.resource.ModerationQueue;
import eu.loopmentoring.domain.shared.Keyset;
import eu.loopmentoring.domain.shared.Page;
import eu.loopmentoring.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * Submitted resources and open reports as one queue, oldest first then by id: each side seeks on
 * its own partial index ({@code learning_resource_submitted}, {@code resource_report_queue}).
 */
@ApplicationScoped
public class ModerationQueueRepository implements ModerationQueue {

    private final EntityManager entityManager;

    ModerationQueueRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Page<ModerationItem.Entry> entries(PageRequest page) {
        String after = page.after().isPresent() ? " and (%s, %s) > (cast(:at as timestamptz), :id)" : "";
        Query query = entityManager
                .createNativeQuery(
                        "select * from ("
                                + " (select 'SUBMISSION' as kind, r.submitted_at as at, r.id as id, r.id as resource_id"
                                + "  from learning_resource r where r.status = 'SUBMITTED'"
                                + after.formatted("r.submitted_at", "r.id")
                                + "  order by r.submitted_at, r.id limit :size)"
                                + " union all"
                                + " (select 'REPORT', p.created_at, p.id, p.resource_id"
                                + "  from resource_report p where p.outcome is null"
                                + after.formatted("p.created_at", "p.id")
                                + "  order by p.created_at, p.id limit :size)"
                                + ") q order by at, id limit :size",
                        Tuple.class)
                .setParameter("size", page.fetchSize());
        page.after()
                .ifPresent(k -> query.setParameter("at", k.value(0)).setParameter("id", UUID.fromString(k.value(1))));
        List<?> result = query.getResultList();
        List<ModerationItem.Entry> rows = result.stream()
                .map(Tuple.class::cast)
                .map(row -> new ModerationItem.Entry(
                        ModerationItem.Kind.valueOf(row.get("kind", String.class)),
                        SqlValues.instant(row.get("at")),
                        row.get("id", UUID.class),
                        row.get("resource_id", UUID.class)))
                .toList();
        return Page.fromOverfetch(rows, page, e -> Keyset.of(e.at().toString(), e.id().toString()));
    }
}
