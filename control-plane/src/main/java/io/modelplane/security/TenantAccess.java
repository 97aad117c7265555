package io.modelplane.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a tenant-scoped resource method ({@code /api/v1/tenants/{tenant}/…}). A
 * caller with no role in the tenant gets 404, one whose roles are all outside {@link #value()} gets
 * 403. Every tenant-scoped method must carry it (a test walks them all).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TenantAccess {

  TenantRole[] value();

  /** Platform admins may call it too, without a role in the tenant (tenant metadata only). */
  boolean platformAdmin() default false;
}
