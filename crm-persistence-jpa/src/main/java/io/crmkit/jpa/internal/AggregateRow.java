package io.crmkit.jpa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * The columns every aggregate's row begins with: the tenant and the aggregate's id, which key the
 * row ({@link TenantScopedId}), the version that optimistic locking checks, and when the aggregate
 * was created and last changed. Each entity names its table and maps the rest of its columns.
 */
@MappedSuperclass
@IdClass(TenantScopedId.class)
public abstract class AggregateRow implements StoredAggregate {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  private String tenant = "";

  @Id
  @Column(name = "id", nullable = false)
  private UUID id = new UUID(0, 0);

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.EPOCH;

  @Transient private final String recordKind;

  /**
   * @param kind the kind of record the row holds, as error messages name it ({@code contact})
   */
  protected AggregateRow(String kind) {
    this.recordKind = requireNonNull(kind, "kind");
  }

  /**
   * Gives a new row its key and the version of the aggregate it will hold; JPA keeps the version
   * from then on.
   */
  void identify(TenantId tenant, UUID id, long version) {
    this.tenant = tenant.value();
    this.id = requireNonNull(id, "id");
    this.version = version;
  }

  /** Returns the tenant the row belongs to. */
  public TenantId tenant() {
    return TenantId.of(tenant);
  }

  /** Returns the aggregate's id. */
  public UUID id() {
    return id;
  }

  /** Returns the version the row had when it was read, and when it was created and changed. */
  public Revision revision() {
    return new Revision(version, createdAt, updatedAt);
  }

  /** Writes when the aggregate was created and last changed; the version is JPA's to keep. */
  public void writeTimestamps(Revision revision) {
    this.createdAt = revision.createdAt();
    this.updatedAt = revision.updatedAt();
  }

  /**
   * Returns the JPA entity name of {@code type}, as queries name it: its {@code @Entity} name, or
   * its simple class name when it sets none.
   */
  public static String entityName(Class<?> type) {
    Entity entity = type.getAnnotation(Entity.class);
    checkArgument(entity != null, "not an entity: %s", type.getName());
    return entity.name().isEmpty() ? type.getSimpleName() : entity.name();
  }

  /**
   * Changes the element collection {@code current} of a row into {@code wanted} in place, so that
   * JPA writes only the difference.
   */
  public static <T> void replace(Collection<T> current, Collection<T> wanted) {
    current.retainAll(wanted);
    current.addAll(wanted);
  }

  @Override
  public String kind() {
    return recordKind;
  }

  @Override
  public String aggregateId() {
    return id.toString();
  }

  @Override
  public long storedVersion() {
    return version;
  }
}
