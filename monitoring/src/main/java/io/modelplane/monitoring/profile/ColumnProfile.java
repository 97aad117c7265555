package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import java.util.List;

/**
 * What is kept of one column: small, serialisable ({@link ProfileCodec}) and mergeable. A window
 * profile is created from its baseline's profile ({@link #emptyWindow()}) so it shares the
 * baseline's frozen bins and sketch settings; profiles of consecutive chunks then merge.
 */
public sealed interface ColumnProfile permits NumericProfile, CategoricalProfile, EmbeddingProfile {

  String name();

  ColumnKind kind();

  /** Usable values profiled. */
  long count();

  /** An empty profile with this one's configuration (bins, sketch sizes, seed). */
  ColumnProfile emptyWindow();

  /** A new profile of both inputs; neither is changed. Throws if their configurations differ. */
  ColumnProfile merge(ColumnProfile other);

  /** Merges many profiles; kinds whose sketches can batch a merge override this. */
  default ColumnProfile mergeAll(List<? extends ColumnProfile> others) {
    ColumnProfile result = this;
    for (ColumnProfile o : others) {
      result = result.merge(o);
    }
    return result;
  }
}
