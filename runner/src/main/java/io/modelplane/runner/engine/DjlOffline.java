package io.modelplane.runner.engine;

/**
 * DJL downloads engines and models on demand unless told not to; a runner only ever uses what its
 * jar and the artifact contain, so offline mode is forced before the first DJL class loads.
 */
public final class DjlOffline {

  private DjlOffline() {}

  public static void enforce() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }
}
