package io.modelplane.monitoring.drift;

import static io.modelplane.monitoring.drift.Fixtures.embedding;
import static io.modelplane.monitoring.drift.Fixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.EmbeddingProfile;
import io.modelplane.monitoring.profile.ProfileCodec;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.profile.Profiler;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Embedding drift on compact profiles (800 sampled rows projected to 16 dimensions in half
 * precision): sentence-embedding-like data — unit vectors around a few topic centroids — whose
 * topic mix changes is still detected, the same mix is not, and the stored profile stays under 32
 * KB.
 */
class EmbeddingDriftTest {

  private static final int DIM = 384;
  private static final float[][] TOPICS = topics(DIM, 9, 5);
  private static final double[] BASELINE_MIX = {1, 1, 1, 1, 1, 1, 1, 1, 0};

  @Test
  void shouldDetectAChangedTopicMixAndNotTheSameMixFromCompactProfiles() {
    // Given a baseline of 5,000 embeddings, stored and read back as the control plane does
    DatasetProfile base = stored(baseline(rows(5_000, BASELINE_MIX, 1)));

    // When windows with the same topic mix, and windows where a new topic makes up a ninth, arrive
    double[] shiftedMix = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    for (long seed = 10; seed < 15; seed++) {
      ColumnDrift same = evaluate(base, rows(3_000, BASELINE_MIX, seed));
      ColumnDrift shifted = evaluate(base, rows(3_000, shiftedMix, seed + 100));

      // Then only the changed mix drifts, and both say they compared samples
      assertThat(same.drifted()).as("same mix, seed %d: p=%s", seed, same.pValue()).isFalse();
      assertThat(shifted.drifted()).as("new topic, seed %d", seed).isTrue();
      assertThat(shifted.method()).isEqualTo(ColumnDrift.SKETCH);
    }
  }

  @Test
  void shouldKeepAnEmbeddingProfileUnder32KilobytesWhateverTheWidth() {
    for (int dim : new int[] {384, 768, 1536}) {
      // Given 2,000 vectors of this width
      float[][] rows = topicRows(topics(dim, 4, 3), 2_000, new double[] {1, 1, 1, 1}, 4);

      // When profiled as a baseline
      EmbeddingProfile p = (EmbeddingProfile) baseline(rows).columns().get(0);

      // Then the reservoir is full, projected, and the stored column is at most 32 KB
      assertThat(p.sample()).hasNumberOfRows(800);
      assertThat(p.sampleDimension()).isEqualTo(16);
      assertThat(ProfileCodec.columnBytes(p)).as("dimension %d", dim).isLessThanOrEqualTo(32_768);
    }
  }

  @Test
  void shouldDetectTheSameShiftAsFullVectorsDo() {
    // Given the same data profiled as before (500 full vectors) and compactly (800 × 16, half)
    ProfileOptions full = options(500, DIM);
    ProfileOptions compact = ProfileOptions.defaults();
    float[][] base = rows(5_000, BASELINE_MIX, 1);
    float[][] shifted = rows(3_000, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 7);

    // When both compare the shifted window with their baseline
    double pFull = pValue(base, shifted, full);
    double pCompact = pValue(base, shifted, compact);

    // Then both find it (the projection keeps the test's power)
    assertThat(pFull).isLessThan(0.05);
    assertThat(pCompact).isLessThan(0.05);
  }

  private static double pValue(float[][] base, float[][] window, ProfileOptions o) {
    DatasetProfile b = Profiler.baseline(Fixtures.table(embedding("e", base)), o);
    return only(DriftEvaluator.evaluate(
            b, Fixtures.window(b, embedding("e", window)), DriftOptions.defaults()))
        .pValue();
  }

  private static ProfileOptions options(int reservoir, int projection) {
    ProfileOptions d = ProfileOptions.defaults();
    return new ProfileOptions(
        d.bins(),
        d.ksGridBins(),
        d.kllK(),
        d.exactLimit(),
        reservoir,
        projection,
        d.maxCategories(),
        d.seed());
  }

  private static ColumnDrift evaluate(DatasetProfile base, float[][] window) {
    DatasetProfile w = stored(Fixtures.window(base, embedding("e", window)));
    return only(DriftEvaluator.evaluate(base, w, DriftOptions.defaults()));
  }

  private static DatasetProfile baseline(float[][] rows) {
    return Fixtures.baseline(embedding("e", rows));
  }

  private static DatasetProfile stored(DatasetProfile p) {
    return DatasetProfile.fromBytes(p.toBytes());
  }

  private static float[][] rows(int n, double[] mix, long seed) {
    return topicRows(TOPICS, n, mix, seed);
  }

  /** Unit vectors: a topic's centroid (chosen by {@code mix} weights) plus noise, normalised. */
  static float[][] topicRows(float[][] topics, int n, double[] mix, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int dim = topics[0].length;
    double total = 0;
    for (double w : mix) {
      total += w;
    }
    float[][] rows = new float[n][dim];
    for (int i = 0; i < n; i++) {
      double pick = r.nextDouble() * total;
      int t = 0;
      while (pick >= mix[t]) {
        pick -= mix[t++];
      }
      double norm = 0;
      for (int j = 0; j < dim; j++) {
        double v = topics[t][j] + r.nextGaussian() * 1.2 / Math.sqrt(dim);
        rows[i][j] = (float) v;
        norm += v * v;
      }
      for (int j = 0; j < dim; j++) {
        rows[i][j] /= (float) Math.sqrt(norm);
      }
    }
    return rows;
  }

  static float[][] topics(int dim, int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][] t = new float[count][dim];
    for (int k = 0; k < count; k++) {
      for (int j = 0; j < dim; j++) {
        t[k][j] = (float) (r.nextGaussian() / Math.sqrt(dim));
      }
    }
    return t;
  }
}
