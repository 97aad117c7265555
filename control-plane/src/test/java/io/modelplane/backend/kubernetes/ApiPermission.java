package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What RBAC checks for one API request: the API group, the resource (with its subresource) and the
 * verb, derived from the request the way the API server does it.
 */
record ApiPermission(String group, String resource, String verb)
    implements Comparable<ApiPermission> {

  /** {@code /api/v1/namespaces/{name}/status} is the namespace's, not a namespaced resource. */
  private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

  /**
   * {@code GET} of one object is {@code get}, of a collection {@code list}, with {@code watch=true}
   * {@code watch}; {@code DELETE} of a collection is {@code deletecollection}.
   */
  static ApiPermission of(String method, String pathAndQuery) {
    URI uri = URI.create(pathAndQuery);
    List<String> segments =
        Arrays.stream(uri.getPath().split("/")).filter(s -> !s.isEmpty()).toList();
    String group;
    List<String> rest;
    if (segments.getFirst().equals("api")) {
      group = "";
      rest = segments.subList(2, segments.size());
    } else if (segments.getFirst().equals("apis")) {
      group = segments.get(1);
      rest = segments.subList(3, segments.size());
    } else {
      throw new IllegalArgumentException("not a resource request: " + pathAndQuery);
    }
    boolean namespaceSubresource = rest.size() == 3 && NAMESPACE_SUBRESOURCES.contains(rest.get(2));
    if (rest.getFirst().equals("namespaces") && rest.size() > 2 && !namespaceSubresource) {
      rest = rest.subList(2, rest.size());
    }
    String resource = rest.size() > 2 ? rest.get(0) + "/" + rest.get(2) : rest.get(0);
    boolean named = rest.size() > 1;
    return new ApiPermission(group, resource, verb(method, named, uri.getQuery()));
  }

  private static String verb(String method, boolean named, String query) {
    return switch (method) {
      case "GET" -> {
        if (query != null && Set.of(query.split("&")).contains("watch=true")) {
          yield "watch";
        }
        yield named ? "get" : "list";
      }
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> named ? "delete" : "deletecollection";
      default -> throw new IllegalArgumentException("no RBAC verb for " + method);
    };
  }

  /** Every permission the rules grant, one per group × resource × verb. */
  static Set<ApiPermission> grantedBy(Collection<PolicyRule> rules) {
    var granted = new TreeSet<ApiPermission>();
    for (PolicyRule rule : rules) {
      if (rule.getResourceNames() != null && !rule.getResourceNames().isEmpty()) {
        throw new IllegalArgumentException("rules limited to resource names are not expected");
      }
      for (String group : rule.getApiGroups()) {
        for (String resource : rule.getResources()) {
          for (String verb : rule.getVerbs()) {
            granted.add(new ApiPermission(group, resource, verb));
          }
        }
      }
    }
    return granted;
  }

  @Override
  public int compareTo(ApiPermission other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public String toString() {
    return (group.isEmpty() ? "core" : group) + " " + resource + " " + verb;
  }
}
