package io.modelplane.privacy.api;

import io.modelplane.privacy.persistence.StoredFinding;
import java.util.List;

/** One finding: where, which entity type, how bad, exactly how many, masked examples. */
public record FindingView(
    String location, String entity, String severity, long count, List<String> examples) {

  static FindingView of(StoredFinding f) {
    return new FindingView(f.location(), f.entity(), f.severity(), f.count(), f.examples());
  }
}
