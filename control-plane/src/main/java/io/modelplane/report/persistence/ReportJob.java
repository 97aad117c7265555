package io.modelplane.report.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A report issued for a tenant and period: {@code queued → running → succeeded | failed}, with its
 * progress by section and, once built, the checkpoint it embeds. The rendered document lives in the
 * same row but is read and written apart ({@link ReportJobRepository#content}), so polling a job
 * never loads it.
 */
@Entity
@Table(name = "report_job")
public class ReportJob {

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false, updatable = false)
  public String kind;

  @Column(nullable = false, updatable = false)
  public String format;

  @Column(name = "period_from", nullable = false, updatable = false)
  public Instant from;

  @Column(name = "period_to", nullable = false, updatable = false)
  public Instant to;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int progress;

  public String section;

  @Column(nullable = false)
  public int attempts;

  public String error;

  @Column(name = "requested_by", nullable = false, updatable = false)
  public String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  public Instant requestedAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(name = "heartbeat_at", nullable = false)
  public Instant heartbeatAt;

  @Column(name = "checkpoint_id")
  public Long checkpointId;

  @Column(name = "checkpoint_tree_size")
  public Long checkpointTreeSize;

  @Column(name = "previous_report_id")
  public Long previousReportId;

  @Column(name = "content_type")
  public String contentType;

  @Column(name = "content_sha256")
  public String contentSha256;

  @Version
  @Column(name = "row_version", nullable = false)
  public long rowVersion;

  public boolean finished() {
    return SUCCEEDED.equals(status) || FAILED.equals(status);
  }
}
