package io.modelplane.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.monitoring.latency.LatencySummary;
import io.modelplane.monitoring.rules.Condition.DriftedColumns;
import io.modelplane.monitoring.rules.Condition.ErrorRateAbove;
import io.modelplane.monitoring.rules.Condition.LatencyAbove;
import io.modelplane.monitoring.rules.Condition.LatencyAboveReference;
import io.modelplane.monitoring.rules.Condition.NoTraffic;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static LatencySummary summary(long requests, long errors, double p99) {
    return new LatencySummary(
        requests,
        errors,
        p99 / 3,
        p99 / 2,
        p99 / 1.5,
        p99,
        p99 * 2,
        1,
        requests == 0 ? 0 : (double) errors / requests);
  }

  @Test
  void shouldBreachALatencyLimitOnlyAboveIt() {
    LatencyAbove p99Over50 = new LatencyAbove(0.99, 50);

    assertThat(Evaluator.evaluate(p99Over50, Observation.of(summary(100, 0, 51))).breached())
        .isTrue();
    assertThat(Evaluator.evaluate(p99Over50, Observation.of(summary(100, 0, 50))).breached())
        .isFalse();
  }

  @Test
  void shouldSayNoDataInsteadOfJudgingAnEmptyWindow() {
    Evaluation e = Evaluator.evaluate(new LatencyAbove(0.99, 50), Observation.of(summary(0, 0, 0)));

    assertThat(e.noData()).isTrue();
    assertThat(e.breached()).isFalse();
  }

  @Test
  void shouldJudgeErrorRateOnlyWithEnoughRequests() {
    ErrorRateAbove over5Percent = new ErrorRateAbove(0.05, 50);

    assertThat(Evaluator.evaluate(over5Percent, Observation.of(summary(20, 10, 1))).breached())
        .isFalse();
    assertThat(Evaluator.evaluate(over5Percent, Observation.of(summary(100, 10, 1))).breached())
        .isTrue();
    assertThat(Evaluator.evaluate(over5Percent, Observation.of(summary(100, 5, 1))).breached())
        .isFalse();
  }

  @Test
  void shouldCompareWithAReferenceAndItsFloor() {
    LatencyAboveReference twiceStable = new LatencyAboveReference(0.99, 2.0, 1.0);

    Evaluation slow =
        Evaluator.evaluate(
            twiceStable, new Observation(summary(100, 0, 21), summary(100, 0, 10), null));
    Evaluation fast =
        Evaluator.evaluate(
            twiceStable, new Observation(summary(100, 0, 1.9), summary(100, 0, 0.2), null));
    Evaluation alone =
        Evaluator.evaluate(
            twiceStable, new Observation(summary(100, 0, 99), summary(0, 0, 0), null));

    assertThat(slow.breached()).isTrue();
    assertThat(slow.threshold()).isEqualTo(20);
    assertThat(fast.breached()).as("the 1 ms floor absorbs sub-millisecond noise").isFalse();
    assertThat(alone.breached()).isFalse();
  }

  @Test
  void shouldBreachNoTrafficOnlyWhenQuiet() {
    assertThat(Evaluator.evaluate(new NoTraffic(), Observation.of(summary(0, 0, 0))).breached())
        .isTrue();
    assertThat(Evaluator.evaluate(new NoTraffic(), Observation.of(summary(1, 0, 3))).breached())
        .isFalse();
  }

  @Test
  void shouldBreachDriftAtTheColumnCount() {
    assertThat(Evaluator.evaluate(new DriftedColumns(2), Observation.drift(2)).breached()).isTrue();
    assertThat(Evaluator.evaluate(new DriftedColumns(2), Observation.drift(1)).breached())
        .isFalse();
    assertThat(
            Evaluator.evaluate(new DriftedColumns(2), new Observation(null, null, null)).noData())
        .isTrue();
  }
}
