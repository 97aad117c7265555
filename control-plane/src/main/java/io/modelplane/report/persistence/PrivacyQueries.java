package io.modelplane.report.persistence;

import static io.modelplane.report.persistence.Sql.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Privacy scans requested and erasures completed within a period. Findings keep counts and severity
 * only: a report carries no example, not even a masked one.
 */
@ApplicationScoped
public class PrivacyQueries {

  @Inject DataSource dataSource;
  @Inject ObjectMapper json;

  public record FindingRow(String location, String entity, String severity, long count) {}

  public record ScanRow(
      long id,
      String trigger,
      Map<String, Object> target,
      String status,
      String requestedBy,
      Instant requestedAt,
      Instant finishedAt,
      List<FindingRow> findings) {}

  public record ErasureRow(
      long id,
      String subjectHash,
      String requestedBy,
      Instant completedAt,
      long samplesDeleted,
      Map<String, Long> deletedByDeployment) {}

  public List<ScanRow> scans(String tenant, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT id, trigger, CAST(target AS text) AS target, status, requested_by, requested_at,"
            + " finished_at, CAST(findings AS text) AS findings FROM privacy_scan"
            + " WHERE tenant = ? AND requested_at >= ? AND requested_at < ? ORDER BY id",
        rs ->
            new ScanRow(
                rs.getLong("id"),
                rs.getString("trigger"),
                read(rs.getString("target"), new TypeReference<Map<String, Object>>() {}),
                rs.getString("status"),
                rs.getString("requested_by"),
                instant(rs, "requested_at"),
                instant(rs, "finished_at"),
                read(rs.getString("findings"), new TypeReference<List<FindingRow>>() {})),
        tenant,
        from,
        to);
  }

  public List<ErasureRow> erasures(String tenant, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT id, subject_hash, requested_by, completed_at, samples_deleted,"
            + " CAST(deleted_by_deployment AS text) AS by_deployment FROM erasure_request"
            + " WHERE tenant = ? AND completed_at >= ? AND completed_at < ? ORDER BY id",
        rs ->
            new ErasureRow(
                rs.getLong("id"),
                rs.getString("subject_hash"),
                rs.getString("requested_by"),
                instant(rs, "completed_at"),
                rs.getLong("samples_deleted"),
                read(rs.getString("by_deployment"), new TypeReference<Map<String, Long>>() {})),
        tenant,
        from,
        to);
  }

  private <T> T read(String text, TypeReference<T> type) {
    try {
      return json.readerFor(type)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable privacy record", e);
    }
  }
}
