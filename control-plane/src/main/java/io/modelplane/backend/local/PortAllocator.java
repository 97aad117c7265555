package io.modelplane.backend.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free loopback ports for runners. A restarted replica gets its old port back when it is still free
 * (its address stays the same); ports held by this backend's replicas are never handed out twice,
 * even before their runner has bound them.
 */
final class PortAllocator {

  private final Set<Integer> held = new HashSet<>();

  /** A free port, {@code previous} if that is free (0 = none). */
  synchronized int allocate(int previous) {
    if (previous > 0) {
      held.remove(previous);
      if (isFree(previous)) {
        held.add(previous);
        return previous;
      }
    }
    for (int tries = 0; tries < 100; tries++) {
      int port = anyFree();
      if (held.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("no free loopback port");
  }

  synchronized void release(int port) {
    held.remove(port);
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int anyFree() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
