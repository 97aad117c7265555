package io.modelplane.monitor.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where a tenant's alerts are sent, and the secret their HMAC signatures are keyed with. */
@Entity
@Table(name = "webhook")
public class Webhook {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false, updatable = false)
  public String url;

  @Column(nullable = false, updatable = false)
  public String secret;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(nullable = false)
  public boolean deleted;
}
