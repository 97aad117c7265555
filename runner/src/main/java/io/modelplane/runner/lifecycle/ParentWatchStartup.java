package io.modelplane.runner.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts the {@link ParentWatch} when {@code PARENT_PID} is set (the local backend sets it to its
 * own pid; Kubernetes pods leave it unset).
 */
@ApplicationScoped
public class ParentWatchStartup {

  private static final Logger LOG = Logger.getLogger(ParentWatchStartup.class);
  private static final Duration INTERVAL = Duration.ofSeconds(1);

  private final Optional<Long> parentPid;

  ParentWatchStartup(@ConfigProperty(name = "parent-pid") Optional<Long> parentPid) {
    this.parentPid = parentPid;
  }

  void onStart(@Observes StartupEvent event) {
    parentPid.ifPresent(
        pid ->
            ParentWatch.of(pid)
                .start(
                    INTERVAL,
                    () -> {
                      LOG.warnf("Parent process %d is gone; stopping", pid);
                      Quarkus.asyncExit(1);
                    }));
  }
}
