package io.modelplane.privacy.retention;

/**
 * A feature that keeps per-tenant data subject to the tenant's retention period (payload samples
 * today; monitoring windows next). Implementations are CDI beans; the leader's retention job calls
 * every one for every tenant, inside a transaction acting as that tenant (row-level security
 * applies), after the tenant's cutoff is known.
 */
public interface RetentionParticipant {

  /** What is purged, for logs and metrics ({@code payload-samples}). */
  String name();

  /**
   * Deletes the tenant's data older than {@code cutoff}.
   *
   * @return how many items were deleted
   */
  long purge(String tenant, java.time.Instant cutoff);
}
