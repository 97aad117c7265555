package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** What one apply of a deployment wrote: for the log, and for tests that must see no writes. */
final class ApplyCounts {
  int created;
  int updated;
  int unchanged;
  int removed;

  <T extends HasMetadata> T add(ObjectApplier.Applied<T> applied) {
    switch (applied.outcome()) {
      case CREATED -> created++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
    }
    return applied.object();
  }

  boolean wroteNothing() {
    return created == 0 && updated == 0 && removed == 0;
  }

  @Override
  public String toString() {
    return created
        + " created, "
        + updated
        + " updated, "
        + removed
        + " removed, "
        + unchanged
        + " unchanged";
  }
}
