package io.modelplane.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.service.Audited;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every resource method of the application and fails when one lacks its declarative
 * authorization (tenant-scoped paths need {@link TenantAccess}, others an explicit security
 * annotation) or, when it changes state, its {@link Audited} annotation.
 */
class ResourceSecurityCoverageTest {

  private static final List<Class<? extends Annotation>> MUTATING =
      List.of(POST.class, PUT.class, PATCH.class, DELETE.class);

  @Test
  void shouldFindResourcesToCheck() throws Exception {
    assertThat(resourceMethods()).hasSizeGreaterThan(3);
  }

  @Test
  void shouldDeclareTenantAccessOnEveryTenantScopedMethod() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Method m : resourceMethods()) {
      if (fullPath(m).contains("{tenant}") && !has(m, TenantAccess.class)) {
        missing.add(describe(m));
      }
    }
    assertThat(missing).as("tenant-scoped methods without @TenantAccess").isEmpty();
  }

  @Test
  void shouldReturnAResponseFromEveryIdempotentMethod() throws Exception {
    // a replayed answer is a Response; a method declared to return a view cannot pass it on (500)
    List<String> wrong = new ArrayList<>();
    for (Method m : resourceMethods()) {
      if (has(m, io.modelplane.web.idempotency.Idempotent.class)
          && !jakarta.ws.rs.core.Response.class.isAssignableFrom(m.getReturnType())) {
        wrong.add(describe(m));
      }
    }
    assertThat(wrong).as("@Idempotent methods that do not return Response").isEmpty();
  }

  @Test
  void shouldDeclareAuthorizationOnEveryMethod() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Method m : resourceMethods()) {
      boolean declared =
          has(m, RolesAllowed.class)
              || has(m, PermitAll.class)
              || has(m, Authenticated.class)
              || has(m, TenantAccess.class);
      if (!declared) {
        missing.add(describe(m));
      }
    }
    assertThat(missing).as("resource methods without an authorization annotation").isEmpty();
  }

  @Test
  void shouldAuditEveryMutatingMethod() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Method m : resourceMethods()) {
      boolean mutating = MUTATING.stream().anyMatch(m::isAnnotationPresent);
      if (mutating
          && !m.isAnnotationPresent(Audited.class)
          && !m.isAnnotationPresent(NoStateChange.class)) {
        missing.add(describe(m));
      }
    }
    assertThat(missing).as("state-changing methods without @Audited").isEmpty();
  }

  private static boolean has(Method m, Class<? extends Annotation> annotation) {
    return m.isAnnotationPresent(annotation)
        || m.getDeclaringClass().isAnnotationPresent(annotation);
  }

  private static String fullPath(Method m) {
    return value(m.getDeclaringClass()) + "/" + value(m);
  }

  private static String value(AnnotatedElement e) {
    jakarta.ws.rs.Path p = e.getAnnotation(jakarta.ws.rs.Path.class);
    return p == null ? "" : p.value();
  }

  private static String describe(Method m) {
    return m.getDeclaringClass().getSimpleName() + "#" + m.getName() + " " + fullPath(m);
  }

  private static List<Method> resourceMethods() throws IOException, ClassNotFoundException {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : applicationClasses()) {
      if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        boolean endpoint =
            m.isAnnotationPresent(GET.class) || MUTATING.stream().anyMatch(m::isAnnotationPresent);
        if (endpoint) {
          methods.add(m);
        }
      }
    }
    return methods;
  }

  private static List<Class<?>> applicationClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (!name.contains("$")) {
          classes.add(
              Class.forName(name, false, ResourceSecurityCoverageTest.class.getClassLoader()));
        }
      }
    }
    return classes;
  }
}
