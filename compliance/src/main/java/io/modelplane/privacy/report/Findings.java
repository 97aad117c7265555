package io.modelplane.privacy.report;

import io.modelplane.privacy.redact.Masks;
import io.modelplane.privacy.scan.DetectorSet;
import io.modelplane.privacy.scan.EntityType;
import io.modelplane.privacy.scan.Matching;
import io.modelplane.privacy.source.CellSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the findings of one scan: every value handed to it is matched and each entity is counted
 * under its location, keeping up to {@code maxExamples} distinct masked examples (the raw value is
 * never kept). One per scan and thread.
 */
public final class Findings implements CellSink, Matching.Sink {

  private final Matching matching;
  private final int maxExamples;
  private final Map<String, Map<EntityType, Tally>> byLocation = new HashMap<>();
  private String location;
  private long values;
  private long characters;

  public Findings(DetectorSet detectors, int maxExamples) {
    this.matching = detectors.newMatching();
    this.maxExamples = maxExamples;
  }

  @Override
  public void cell(String location, String value) {
    this.location = location;
    values++;
    characters += value.length();
    matching.find(value, this);
  }

  @Override
  public void found(EntityType type, CharSequence text, int start, int end) {
    Tally tally =
        byLocation
            .computeIfAbsent(location, l -> new HashMap<>())
            .computeIfAbsent(type, Tally::new);
    tally.count++;
    if (tally.examples.size() < maxExamples) {
      tally.examples.add(Masks.mask(type, text.subSequence(start, end).toString()));
    }
  }

  /** How many values were scanned. */
  public long values() {
    return values;
  }

  public long characters() {
    return characters;
  }

  /** The findings by location, then severity (high first), then entity type. */
  public List<Finding> list() {
    List<Finding> result = new ArrayList<>();
    new TreeMap<>(byLocation)
        .forEach(
            (where, tallies) ->
                tallies.values().stream()
                    .sorted(
                        Comparator.<Tally, Integer>comparing(t -> t.type.severity().ordinal())
                            .thenComparing(t -> t.type.id()))
                    .forEach(
                        t ->
                            result.add(
                                new Finding(
                                    where,
                                    t.type.id(),
                                    t.type.severity(),
                                    t.count,
                                    List.copyOf(t.examples)))));
    return result;
  }

  /** Occurrences per entity type over all locations. */
  public Map<String, Long> totals() {
    Map<String, Long> totals = new TreeMap<>();
    byLocation
        .values()
        .forEach(m -> m.values().forEach(t -> totals.merge(t.type.id(), t.count, Long::sum)));
    return totals;
  }

  private static final class Tally {
    final EntityType type;
    long count;
    final Set<String> examples = new LinkedHashSet<>();

    Tally(EntityType type) {
      this.type = type;
    }
  }
}
