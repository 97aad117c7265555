package io.modelplane.web.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first answer to a keyed POST; {@code status} is null while that first call is running. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  @Id public String tenant;

  @Id public String key;

  @Column(nullable = false)
  public String method;

  @Column(nullable = false)
  public String path;

  public Integer status;

  public String body;

  public String location;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** Composite identity: one key per tenant. */
  public record Key(String tenant, String key) implements Serializable {}
}
