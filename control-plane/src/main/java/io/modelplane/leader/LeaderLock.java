package io.modelplane.leader;

/**
 * One way for control-plane replicas to agree on a single leader. Implementations report every
 * change to the {@link Listener}; {@link Leadership} is the only caller.
 */
interface LeaderLock {

  /** How leadership is held, as shown by the health check and the metric. */
  String kind();

  /** Starts competing under {@code identity}; calling it again does nothing. */
  void start(String identity, Listener listener);

  /** Periodic chance to (re)try or to notice a lost lock; called every few seconds. */
  void check();

  /** Gives leadership up (if held) so another replica can take over at once. */
  void stop();

  /** What a lock tells {@link Leadership}. */
  interface Listener {

    /** This replica started or stopped leading. */
    void leading(boolean leading);

    /** The replica that leads now, as far as this one can see ({@code null}: none or unknown). */
    void leaderIs(String identity);
  }
}
