package io.modelplane.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CategoricalProfileTest {

  @Test
  void shouldCountEveryLabelExactlyWhileTheyFit() {
    // Given
    CategoricalProfile p = CategoricalProfile.empty("c", 256);

    // When
    p.add("red", 5);
    p.add("blue", 3);
    p.add("red", 1);

    // Then
    assertThat(p.exact()).isTrue();
    assertThat(p.counts()).containsExactly(Map.entry("red", 6L), Map.entry("blue", 3L));
    assertThat(p.distinctEstimate()).isEqualTo(2);
  }

  @Test
  void shouldKeepTheHeavyHittersOfAMillionDistinctValuesInBoundedSpace() {
    // Given a million distinct ids plus three frequent labels
    CategoricalProfile p = CategoricalProfile.empty("c", 256);
    for (int i = 0; i < 1_000_000; i++) {
      p.add("id-" + i, 1);
      if (i % 10 == 0) {
        p.add("frequent-" + (i % 3), 1);
      }
    }

    // Then
    Map<String, Long> counts = p.counts();
    assertThat(counts).hasSizeLessThanOrEqualTo(257);
    assertThat(counts.keySet())
        .contains("frequent-0", "frequent-1", "frequent-2", CategoricalProfile.OTHER);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(p.count());
    assertThat(counts.get("frequent-0")).isCloseTo(33_334L, within(p.maxError()));
    assertThat(p.distinctEstimate()).isCloseTo(1_000_003, within(50_000.0));
    assertThat(ProfileCodec.columnBytes(p)).isLessThanOrEqualTo(32 * 1024);
  }

  @Property(tries = 30)
  void shouldMergeIntoTheCountsOfTheUnionWhileExact(
      @ForAll @Size(max = 200) java.util.List<@IntRange(min = 0, max = 40) Integer> a,
      @ForAll @Size(max = 200) java.util.List<@IntRange(min = 0, max = 40) Integer> b) {
    // Given
    CategoricalProfile pa = CategoricalProfile.empty("c", 256);
    CategoricalProfile pb = CategoricalProfile.empty("c", 256);
    CategoricalProfile whole = CategoricalProfile.empty("c", 256);
    a.forEach(v -> pa.add("v" + v, 1));
    b.forEach(v -> pb.add("v" + v, 1));
    a.forEach(v -> whole.add("v" + v, 1));
    b.forEach(v -> whole.add("v" + v, 1));

    // When
    CategoricalProfile merged = pa.merge(pb);

    // Then
    assertThat(new LinkedHashMap<>(merged.counts())).isEqualTo(new LinkedHashMap<>(whole.counts()));
    assertThat(merged.distinctEstimate()).isEqualTo(whole.distinctEstimate());
  }
}
