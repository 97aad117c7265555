package io.modelplane.drift.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.Table;
import io.modelplane.monitoring.table.TableOptions;
import io.modelplane.monitoring.table.Tables;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.persistence.Baseline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * A baseline's drift profile, built once per uploaded baseline (its digest) and kept in {@code
 * baseline_profile}: later windows compare against the stored profile without reading the data.
 */
@ApplicationScoped
public class BaselineProfiles {

  @Inject EntityManager em;
  @Inject ArtifactStore store;
  @Inject Clock clock;
  @Inject ObjectMapper json;

  public DatasetProfile of(Baseline baseline) {
    BaselineProfile stored = em.find(BaselineProfile.class, baseline.versionId);
    if (stored != null && stored.sha256.equals(baseline.sha256)) {
      try {
        return DatasetProfile.fromBytes(stored.profile);
      } catch (IllegalArgumentException olderFormat) {
        // stored by an earlier profile format: built again from the baseline below
      }
    }
    DatasetProfile profile = build(baseline);
    // one statement, so two requests building the same profile at once both succeed
    em.createNativeQuery(
            "INSERT INTO baseline_profile (version_id, tenant, sha256, profile, problems, built_at)"
                + " VALUES (:v, :t, :s, :p, CAST(:problems AS jsonb), :at) ON CONFLICT (version_id)"
                + " DO UPDATE SET sha256 = :s, profile = :p, problems = CAST(:problems AS jsonb),"
                + " built_at = :at")
        .setParameter("v", baseline.versionId)
        .setParameter("t", baseline.tenant)
        .setParameter("s", baseline.sha256)
        .setParameter("p", profile.toBytes())
        .setParameter("problems", problems(profile))
        .setParameter("at", Timestamp.from(clock.instant()))
        .executeUpdate();
    return profile;
  }

  private String problems(DatasetProfile profile) {
    try {
      return json.writeValueAsString(
          profile.problems().stream().map(p -> p.column() + ": " + p.message()).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private DatasetProfile build(Baseline baseline) {
    try (InputStream in = store.open(baseline.tenant, baseline.sha256)) {
      Table table = Tables.read(baseline.format, in, TableOptions.defaults());
      return Profiler.baseline(table, ProfileOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the baseline " + baseline.sha256, e);
    }
  }
}
