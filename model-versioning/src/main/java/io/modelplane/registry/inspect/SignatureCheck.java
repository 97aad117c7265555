package io.modelplane.registry.inspect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a declared signature with the one read from the artifact. Tensors match by name, since
 * OIP requests address them by name; a dimension of -1 on either side matches any size, but ranks
 * must agree.
 */
public final class SignatureCheck {

  private SignatureCheck() {}

  /** Human-readable differences, each naming the tensor and both values; empty when compatible. */
  public static List<String> mismatches(ModelSignature declared, ModelSignature actual) {
    List<String> problems = new ArrayList<>();
    compare("input", declared.inputs(), actual.inputs(), problems);
    compare("output", declared.outputs(), actual.outputs(), problems);
    return problems;
  }

  static boolean shapesCompatible(List<Long> declared, List<Long> actual) {
    if (declared.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < declared.size(); i++) {
      long d = declared.get(i);
      long a = actual.get(i);
      if (d != -1 && a != -1 && d != a) {
        return false;
      }
    }
    return true;
  }

  private static void compare(
      String kind, List<TensorSpec> declared, List<TensorSpec> actual, List<String> problems) {
    Map<String, TensorSpec> unmatched = new LinkedHashMap<>();
    for (TensorSpec a : orEmpty(actual)) {
      unmatched.putIfAbsent(a.name(), a);
    }
    Set<String> seen = new HashSet<>();
    for (TensorSpec d : orEmpty(declared)) {
      if (!seen.add(d.name())) {
        problems.add(kind + " '" + d.name() + "' is declared more than once");
        continue;
      }
      TensorSpec a = unmatched.remove(d.name());
      if (a == null) {
        problems.add(
            "declared "
                + kind
                + " '"
                + d.name()
                + "' is not in the model, whose "
                + kind
                + "s are "
                + names(actual));
      } else {
        compareTensor(kind, d, a, problems);
      }
    }
    for (TensorSpec extra : unmatched.values()) {
      problems.add(
          "the model's "
              + kind
              + " '"
              + extra.name()
              + "' ("
              + extra.datatype()
              + " "
              + extra.shape()
              + ") is not declared");
    }
  }

  private static void compareTensor(
      String kind, TensorSpec declared, TensorSpec actual, List<String> problems) {
    String tensor = kind + " '" + declared.name() + "'";
    if (declared.datatype() != null && !declared.datatype().equals(actual.datatype())) {
      problems.add(
          tensor
              + ": declared datatype "
              + declared.datatype()
              + ", but the model's is "
              + actual.datatype());
    }
    if (declared.shape() == null || shapesCompatible(declared.shape(), actual.shape())) {
      return;
    }
    String why =
        declared.shape().size() != actual.shape().size()
            ? " (rank " + declared.shape().size() + " vs " + actual.shape().size() + ")"
            : " (-1 matches any size; other sizes must be equal)";
    problems.add(
        tensor
            + ": declared shape "
            + declared.shape()
            + ", but the model's is "
            + actual.shape()
            + why);
  }

  private static List<TensorSpec> orEmpty(List<TensorSpec> specs) {
    return specs == null ? List.of() : specs;
  }

  private static String names(List<TensorSpec> specs) {
    return orEmpty(specs).stream().map(TensorSpec::name).toList().toString();
  }
}
