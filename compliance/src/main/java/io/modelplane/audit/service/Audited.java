package io.modelplane.audit.service;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records the annotated call in the tenant's audit trail, whether it succeeds or fails. Every
 * state-changing resource method carries it (a test walks them all).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  /** What happened, as {@code resource.verb}: {@code tenant.create}, {@code model.register}. */
  @Nonbinding
  String action() default "";

  /** The kind of resource acted on. */
  @Nonbinding
  String resource() default "";
}
