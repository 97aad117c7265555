package io.modelplane.leader;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** A leader-only job as a feature would write one: package-private, void, next to its schedule. */
@ApplicationScoped
public class LeaderOnlyProbe {

  private final AtomicInteger runs = new AtomicInteger();

  /** Through a method: a field read on the client proxy would not reach the bean. */
  int runs() {
    return runs.get();
  }

  @LeaderOnly
  void sweep() {
    runs.incrementAndGet();
  }

  @LeaderOnly
  String misplaced() {
    return "a leader-only method cannot have a result";
  }
}
