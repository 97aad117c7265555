package io.modelplane.leader;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Work that must happen once per cluster, not once per replica: on a replica that does not lead, a
 * call to the method does nothing. Put it next to {@code @Scheduled} on a {@code void} method
 * (periodic sweeps, checkpoints, retention, alert evaluation); the leader alone runs it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LeaderOnly {}
