package io.modelplane.ui;

import io.modelplane.deployment.api.DeploymentView;
import io.modelplane.deployment.api.RevisionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The deployments' pages: the list and one deployment with its rollout and revisions. */
@CheckedTemplate(basePath = "DeploymentPages")
final class DeploymentPages {

  private DeploymentPages() {}

  static native TemplateInstance deployments(Shell shell, List<Row> deployments);

  static native TemplateInstance deployment(
      Shell shell, Row row, List<RevisionView> revisions, boolean canWrite);

  /** A deployment with its status badge and traffic split as the pages write them. */
  record Row(DeploymentView deployment, DeploymentStatus status, String traffic) {

    static Row of(DeploymentView d) {
      return new Row(
          d, DeploymentStatus.of(d.state(), d.conditions()), TrafficSplit.label(d.traffic()));
    }
  }
}
