package io.modelplane.drift.service;

import io.modelplane.monitoring.profile.DatasetProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges a stream of window profiles in batches: {@link DatasetProfile#mergeAll} compacts the
 * sketches once per batch (cheaper than merging pairwise), and at most one batch of decoded
 * profiles is held at a time however many a window has.
 */
final class ProfileMerger {

  static final int BATCH = 32;

  private DatasetProfile merged;
  private final List<DatasetProfile> pending = new ArrayList<>();

  void add(DatasetProfile profile) {
    pending.add(profile);
    if (pending.size() == BATCH) {
      fold();
    }
  }

  Optional<DatasetProfile> result() {
    fold();
    return Optional.ofNullable(merged);
  }

  private void fold() {
    if (pending.isEmpty()) {
      return;
    }
    DatasetProfile head = merged != null ? merged : pending.removeFirst();
    merged = pending.isEmpty() ? head : DatasetProfile.mergeAll(head, List.copyOf(pending));
    pending.clear();
  }
}
