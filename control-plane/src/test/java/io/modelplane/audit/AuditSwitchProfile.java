package io.modelplane.audit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Enables {@link SwitchableAuditTrail}; only the HTTP overhead bench runs under it. */
public class AuditSwitchProfile implements QuarkusTestProfile {

  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(SwitchableAuditTrail.class);
  }
}
