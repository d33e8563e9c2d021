package eu.loopmentoring.persistence.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code resource_import}: a partner's file and, once done, a result per row. The
 * repository reads it detached and changes it with an update statement.
 */
@Entity
@Table(name = "resource_import")
public class ResourceImportEntity {

    /** The stored form of one row's result; its property names are a storage format. */
    public record RowDocument(int row, UUID resourceId, List<ViolationDocument> violations) {}

    public record ViolationDocument(String field, String message) {}

    @Id
    private UUID id;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "organization_id")
    private UUID organizationId;

    private String format;

    private String content;

    @Column(name = "total_rows")
    private int rows;

    private String status;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<RowDocument> results;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public void setClientId(UUID clientId) {
        this.clientId = clientId;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<RowDocument> getResults() {
        return results;
    }

    public void setResults(List<RowDocument> results) {
        this.results = results;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }
}
