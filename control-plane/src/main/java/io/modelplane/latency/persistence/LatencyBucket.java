package io.modelplane.latency.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One revision's latency sketch for one minute (per replica) or one rolled-up hour. */
@Entity
@Table(name = "latency_bucket")
public class LatencyBucket {

  public static final String MINUTE = "minute";
  public static final String HOUR = "hour";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String tenant;

  @Column(name = "deployment_id", nullable = false)
  public long deploymentId;

  @Column(nullable = false)
  public int revision;

  @Column(nullable = false)
  public String resolution;

  @Column(name = "bucket_start", nullable = false)
  public Instant bucketStart;

  @Column(nullable = false)
  public String replica;

  @Column(nullable = false)
  public long requests;

  @Column(nullable = false)
  public long errors;

  @Column(nullable = false)
  public byte[] sketch;
}
