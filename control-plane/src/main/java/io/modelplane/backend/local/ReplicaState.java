package io.modelplane.backend.local;

import io.modelplane.backend.Replica;
import java.net.URI;

/**
 * One replica as its supervisor last saw it; immutable, so {@code observe} reads it without locks.
 *
 * @param id {@code {runner set key}-{index}}
 * @param port its loopback port (0 before the first start)
 * @param pid the running process, or -1
 * @param ready whether it answered ready and nothing went wrong since
 * @param message why it is not ready, or ""
 */
record ReplicaState(String id, int port, long pid, boolean ready, String message) {

  static ReplicaState initial(String id) {
    return new ReplicaState(id, 0, -1, false, "starting");
  }

  ReplicaState running(int newPort, long newPid, String why) {
    return new ReplicaState(id, newPort, newPid, false, why);
  }

  ReplicaState nowReady() {
    return new ReplicaState(id, port, pid, true, "");
  }

  ReplicaState notReady(String why) {
    return new ReplicaState(id, port, pid, false, why);
  }

  ReplicaState ended(String why) {
    return new ReplicaState(id, port, -1, false, why);
  }

  Replica toReplica() {
    return new Replica(id, URI.create("http://127.0.0.1:" + port), ready);
  }
}
