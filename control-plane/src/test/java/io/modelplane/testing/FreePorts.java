package io.modelplane.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports for servers a test starts itself. They come from below the kernel's ephemeral range
 * (32768–60999 on Linux): a port the kernel handed out with {@code new ServerSocket(0)} is also
 * what it hands to the next outgoing connection, so between choosing it and a slow server binding
 * it (a control-plane replica starts after Keycloak) a connection could take it. Each call here
 * returns a different port that was bindable when it was chosen.
 */
public final class FreePorts {

  private static final int FIRST = 20_000;
  private static final int SPAN = 12_000;
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(SPAN));

  private FreePorts() {}

  public static int next() {
    for (int attempt = 0; attempt < SPAN; attempt++) {
      int port = FIRST + Math.floorMod(NEXT.getAndIncrement(), SPAN);
      if (bindable(port)) {
        return port;
      }
    }
    throw new UncheckedIOException(new IOException("no free port in " + FIRST + "+" + SPAN));
  }

  private static boolean bindable(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
