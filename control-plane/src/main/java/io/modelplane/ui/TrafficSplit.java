package io.modelplane.ui;

import io.modelplane.deployment.persistence.TrafficShare;
import java.util.List;
import java.util.stream.Collectors;

/** How the pages write a traffic split: {@code r3 90% · r4 10%}. */
final class TrafficSplit {

  private TrafficSplit() {}

  static String label(List<TrafficShare> traffic) {
    if (traffic.isEmpty()) {
      return "no traffic";
    }
    return traffic.stream()
        .map(t -> "r" + t.revision() + " " + t.weight() + "%")
        .collect(Collectors.joining(" · "));
  }
}
