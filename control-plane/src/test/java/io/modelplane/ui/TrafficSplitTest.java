package io.modelplane.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.deployment.persistence.TrafficShare;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficSplitTest {

  @Test
  void shouldWriteEachRevisionWithItsShareInRouteOrder() {
    var split = List.of(new TrafficShare(3, 90), new TrafficShare(4, 10));

    assertThat(TrafficSplit.label(split)).isEqualTo("r3 90% · r4 10%");
  }

  @Test
  void shouldSaySoWhenNothingIsRouted() {
    assertThat(TrafficSplit.label(List.of())).isEqualTo("no traffic");
  }
}
