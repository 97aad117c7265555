package io.modelplane.reconcile;

import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSpec;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.service.DeploymentSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must run for a deployment, as a pure function of its stored state: one runner set per
 * distinct runner spec among the revisions that have traffic or are warm. Revisions with equal
 * specs (a rollback and its target) share one runner set.
 */
public final class DesiredStates {

  private DesiredStates() {}

  public static DesiredDeployment of(
      Deployment d,
      List<DeploymentRevision> running,
      int tenantGpuQuota,
      ArtifactUrls.UrlFor artifactUrl) {
    Map<String, List<Integer>> revisionsByKey = new LinkedHashMap<>();
    Map<String, RunnerSpec> specs = new LinkedHashMap<>();
    List<DeploymentRevision> newestFirst =
        running.stream()
            .sorted(Comparator.comparingInt((DeploymentRevision r) -> r.number).reversed())
            .toList();
    for (DeploymentRevision r : newestFirst) {
      RunnerSpec spec = runnerSpec(d, r, artifactUrl);
      String key = spec.key();
      specs.putIfAbsent(key, spec);
      revisionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.number);
    }
    List<RunnerSet> sets = new ArrayList<>();
    specs.forEach((key, spec) -> sets.add(new RunnerSet(key, revisionsByKey.get(key), spec)));
    return new DesiredDeployment(
        d.tenant, d.name, Long.toString(d.id), d.environment, tenantGpuQuota, sets);
  }

  static RunnerSpec runnerSpec(
      Deployment d, DeploymentRevision r, ArtifactUrls.UrlFor artifactUrl) {
    DeploymentSpec s = r.spec;
    DeploymentSpec.Gpu gpu = s.resources().gpu();
    return new RunnerSpec(
        r.model,
        r.modelVersion,
        r.engine,
        r.artifactSha256,
        artifactUrl.urlFor(d.tenant, r.artifactSha256, r.engine),
        s.image(),
        s.replicas().min(),
        s.replicas().max(),
        new RunnerSpec.Resources(
            s.resources().cpu(),
            s.resources().memory(),
            gpu == null ? 0 : gpu.count(),
            gpu == null ? null : gpu.type()),
        s.tolerations().stream()
            .map(t -> new RunnerSpec.Toleration(t.key(), t.operator(), t.value(), t.effect()))
            .toList(),
        s.env());
  }
}
