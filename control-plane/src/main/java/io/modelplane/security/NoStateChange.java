package io.modelplane.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that changes no state (inference through the gateway), so it is not written to the
 * audit trail once per call; the reason says where such calls are recorded instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoStateChange {
  String value();
}
