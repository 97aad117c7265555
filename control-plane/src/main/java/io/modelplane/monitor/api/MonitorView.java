package io.modelplane.monitor.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.monitor.persistence.Monitor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A monitor and how its last evaluation went ({@code ok}, {@code firing}, {@code no_data}). */
public record MonitorView(
    String tenant,
    String name,
    String kind,
    Double quantile,
    Double threshold,
    Integer minColumns,
    List<String> columns,
    String window,
    boolean enabled,
    String lastState,
    Instant evaluatedAt,
    String createdBy,
    Instant createdAt)
    implements AuditedResource {

  static MonitorView of(Monitor m) {
    return new MonitorView(
        m.tenant,
        m.name,
        m.kind,
        m.quantile,
        m.threshold,
        m.minColumns,
        m.columns,
        Duration.ofSeconds(m.windowSeconds).toString(),
        m.enabled,
        m.lastState,
        m.evaluatedAt,
        m.createdBy,
        m.createdAt);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return name;
  }
}
