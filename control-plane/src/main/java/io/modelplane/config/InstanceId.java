package io.modelplane.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names this control-plane replica in rows several replicas write side by side: {@code
 * modelplane.instance-id} when set, else host name and process id (a pod's name on Kubernetes).
 */
@ApplicationScoped
public class InstanceId {

  private final String id;

  InstanceId(@ConfigProperty(name = "modelplane.instance-id") Optional<String> configured) {
    this.id = configured.filter(s -> !s.isBlank()).orElseGet(InstanceId::hostAndPid);
  }

  public String get() {
    return id;
  }

  private static String hostAndPid() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid();
  }
}
