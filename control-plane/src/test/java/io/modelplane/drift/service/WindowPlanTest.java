package io.modelplane.drift.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.drift.service.WindowPlan.Part;
import io.modelplane.drift.service.WindowPlan.Range;
import io.modelplane.drift.service.WindowPlan.Stored;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowPlanTest {

  private static final Instant H = Instant.parse("2026-03-01T10:00:00Z");

  private final Map<Instant, Long> counts = new HashMap<>();
  private final Map<Instant, List<Stored>> minutes = new HashMap<>();
  private final Map<Instant, Stored> hours = new HashMap<>();

  @Test
  void shouldUseMinuteRowsOfSeveralReplicasWhenTheyAddUpToTheSamples() {
    // Given 10 samples in minute 0 stored by two replicas (6 + 4) and 5 in minute 1 by one
    counts.put(m(0), 10L);
    counts.put(m(1), 5L);
    minutes.put(m(0), List.of(new Stored(1, false, m(0), 6), new Stored(2, false, m(0), 4)));
    minutes.put(m(1), List.of(new Stored(3, false, m(1), 5)));

    // When
    Part part = WindowPlan.plan(m(0), m(2), counts, minutes, hours);

    // Then all three rows are merged and nothing is re-read
    assertThat(part.rows()).containsExactly(1L, 2L, 3L);
    assertThat(part.storedSamples()).isEqualTo(15);
    assertThat(part.raw()).isEmpty();
  }

  @Test
  void shouldReprofileOnlyTheMinutesThatDoNotAddUp() {
    // Given minute 1 lost a replica's flush, minute 3 has samples but no row, minute 2 none at all
    for (int i = 0; i < 5; i++) {
      counts.put(m(i), 3L);
    }
    counts.remove(m(2));
    minutes.put(m(0), List.of(new Stored(1, false, m(0), 3)));
    minutes.put(m(1), List.of(new Stored(2, false, m(1), 2)));
    minutes.put(m(4), List.of(new Stored(5, false, m(4), 3)));

    // When
    Part part = WindowPlan.plan(m(0), m(5), counts, minutes, hours);

    // Then minutes 1–3 are one stretch to re-profile (the empty one costs nothing to include)
    assertThat(part.rows()).containsExactly(1L, 5L);
    assertThat(part.raw()).containsExactly(new Range(m(1), m(4)));
  }

  @Test
  void shouldPreferAnHourRowThatAccountsForTheWholeHour() {
    // Given an hour of 60 × 2 samples rolled up, and its minute rows still present
    for (int i = 0; i < 60; i++) {
      counts.put(m(i), 2L);
      minutes.put(m(i), List.of(new Stored(100 + i, false, m(i), 2)));
    }
    hours.put(H, new Stored(7, true, H, 120));

    // When the window is the hour, and when it is the hour plus a partial minute on each side
    Part whole = WindowPlan.plan(H, H.plusSeconds(3600), counts, minutes, hours);
    Part ragged = WindowPlan.plan(H.minusSeconds(30), H.plusSeconds(3630), counts, minutes, hours);

    // Then the hour row alone; the partial edges are read from samples
    assertThat(whole.rows()).containsExactly(7L);
    assertThat(whole.raw()).isEmpty();
    assertThat(ragged.rows()).containsExactly(7L);
    assertThat(ragged.raw())
        .containsExactly(
            new Range(H.minusSeconds(30), H), new Range(H.plusSeconds(3600), H.plusSeconds(3630)));
  }

  @Test
  void shouldFallBackToMinutesWhenAnHourNoLongerMatchesItsSamples() {
    // Given an hour row for 120 samples of which an erasure removed one (minute 7)
    for (int i = 0; i < 60; i++) {
      counts.put(m(i), 2L);
      minutes.put(m(i), List.of(new Stored(100 + i, false, m(i), 2)));
    }
    counts.put(m(7), 1L);
    hours.put(H, new Stored(7, true, H, 120));

    // When
    Part part = WindowPlan.plan(H, H.plusSeconds(3600), counts, minutes, hours);

    // Then every other minute comes from its row and minute 7 from the samples left
    assertThat(part.rows()).hasSize(59).doesNotContain(7L, 107L);
    assertThat(part.raw()).containsExactly(new Range(m(7), m(8)));
    assertThat(part.storedSamples()).isEqualTo(118);
  }

  @Test
  void shouldReadAWindowShorterThanAMinuteFromSamples() {
    Part part = WindowPlan.plan(m(0).plusSeconds(5), m(0).plusSeconds(50), counts, minutes, hours);

    assertThat(part.rows()).isEmpty();
    assertThat(part.raw()).containsExactly(new Range(m(0).plusSeconds(5), m(0).plusSeconds(50)));
  }

  private static Instant m(int minute) {
    return H.plusSeconds(60L * minute);
  }
}
