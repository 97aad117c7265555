package io.modelplane.registry.persistence;

/**
 * Where a version came from: source repository and commit, the pipeline run, the training data and
 * its digest, and the version it was derived from.
 */
public record Lineage(
    String sourceRepo,
    String sourceCommit,
    String pipelineRunUrl,
    String trainingDataUri,
    String trainingDataDigest,
    Integer parentVersion) {

  public static final Lineage NONE = new Lineage(null, null, null, null, null, null);
}
