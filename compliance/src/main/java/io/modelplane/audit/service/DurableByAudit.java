package io.modelplane.audit.service;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current request's writes are made durable by its audit event's commit instead of
 * their own. An audited call returns only once its event is durable ({@link AuditLogWriter}), and
 * PostgreSQL's write-ahead log is one sequence: flushing it up to the event's commit record also
 * flushes every commit made before it. So while an audited call runs, its transactions may commit
 * without waiting for the disk ({@code synchronous_commit = off} on the connections it takes), and
 * the call still answers only after its changes and its event are on disk — one disk flush per call
 * instead of two. Should the event not be recorded, the call fails and its changes reach the disk
 * with the server's next background flush (a fraction of a second), as an unaudited change always
 * would.
 */
@RequestScoped
public class DurableByAudit {

  private boolean active;

  /** True while an audited call that will record its event runs. */
  public boolean active() {
    return active;
  }

  /**
   * Called by the audit interceptor (and tests) when a call whose event will be recorded starts.
   */
  public void begin() {
    active = true;
  }

  /** Called when that call has returned and its event was recorded (or failed to be). */
  public void end() {
    active = false;
  }
}
