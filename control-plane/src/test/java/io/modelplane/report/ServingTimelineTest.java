package io.modelplane.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.report.persistence.ProductionQueries.DeploymentRow;
import io.modelplane.report.persistence.ProductionQueries.RevisionRow;
import io.modelplane.report.persistence.ProductionQueries.RolloutRow;
import io.modelplane.report.service.ServingTimeline;
import io.modelplane.report.service.ServingTimeline.Served;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServingTimelineTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final DeploymentRow CHURN = new DeploymentRow(1, "churn", "prod", T0, null);

  @Test
  void shouldHandTrafficToACanaryOnlyWhenItsRolloutSucceeded() {
    // Given v1 created, v2 as a canary that succeeded an hour later, v3 as a canary that aborted
    List<RevisionRow> revisions =
        List.of(
            revision(1, "create", 1, 0),
            revision(2, "update", 2, 10),
            revision(3, "update", 3, 100));
    List<RolloutRow> rollouts =
        List.of(
            new RolloutRow(1, "churn", 2, 1, "succeeded", "", at(10), at(70)),
            new RolloutRow(1, "churn", 3, 2, "aborted", "p99 gate", at(100), at(110)));

    // When the timeline is built
    List<Served> served = ServingTimeline.of(List.of(CHURN), revisions, rollouts, at(200));

    // Then v1 served until v2's rollout succeeded, and v2 serves still
    assertThat(served).extracting(Served::version).containsExactly(1, 2);
    assertThat(served.get(0).until()).isEqualTo(at(70));
    assertThat(served.get(1).from()).isEqualTo(at(70));
    assertThat(served.get(1).until()).isNull();
  }

  @Test
  void shouldEndAtTheNextTakeoverAndReportWhatARollbackReplaced() {
    // Given v1, a direct update to v2, and a rollback to revision 1
    List<RevisionRow> revisions =
        List.of(
            revision(1, "create", 1, 0),
            revision(2, "update", 2, 10),
            revision(3, "rollback", 1, 20));

    // When the timeline is built and a window over the middle is asked for
    List<Served> served = ServingTimeline.of(List.of(CHURN), revisions, List.of(), at(30));
    List<Served> window = ServingTimeline.within(served, at(12), at(15));

    // Then v2 served between the update and the rollback, which replaced it
    assertThat(window).extracting(Served::revision).containsExactly(2);
    assertThat(window.getFirst().until()).isEqualTo(at(20));
    assertThat(ServingTimeline.before(served, "churn", at(20)).orElseThrow().version())
        .isEqualTo(2);
  }

  @Test
  void shouldEndWhenTheDeploymentWasDeleted() {
    DeploymentRow deleted = new DeploymentRow(1, "churn", "prod", T0, at(50));

    List<Served> served =
        ServingTimeline.of(
            List.of(deleted), List.of(revision(1, "create", 1, 0)), List.of(), at(60));

    assertThat(served.getFirst().until()).isEqualTo(at(50));
  }

  private static RevisionRow revision(int number, String kind, int version, int minute) {
    return new RevisionRow(
        1, "churn", "prod", number, kind, null, "m", version, null, "why", "bob", at(minute));
  }

  private static Instant at(int minute) {
    return T0.plusSeconds(60L * minute);
  }
}
