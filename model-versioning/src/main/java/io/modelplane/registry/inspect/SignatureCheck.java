package io.modelplane.registry.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a declared signature with the one read from the artifact. Tensors match by name; a
 * dimension of -1 on either side matches any size, but ranks must agree.
 */
public final class SignatureCheck {

  private SignatureCheck() {}

  /** Human-readable differences; empty when the declaration fits the artifact. */
  public static List<String> mismatches(ModelSignature declared, ModelSignature actual) {
    List<String> problems = new ArrayList<>();
    compare("input", declared.inputs(), actual.inputs(), problems);
    compare("output", declared.outputs(), actual.outputs(), problems);
    return problems;
  }

  private static void compare(
      String kind, List<TensorSpec> declared, List<TensorSpec> actual, List<String> problems) {
    Map<String, TensorSpec> byName =
        actual.stream()
            .collect(Collectors.toMap(TensorSpec::name, Function.identity(), (a, b) -> a));
    for (TensorSpec d : declared == null ? List.<TensorSpec>of() : declared) {
      TensorSpec a = byName.remove(d.name());
      if (a == null) {
        problems.add(
            kind + " '" + d.name() + "' is not in the model (it has " + names(actual) + ")");
        continue;
      }
      if (d.datatype() != null && !d.datatype().equals(a.datatype())) {
        problems.add(
            kind
                + " '"
                + d.name()
                + "' is "
                + a.datatype()
                + " in the model, declared "
                + d.datatype());
      }
      if (d.shape() != null && !shapesCompatible(d.shape(), a.shape())) {
        problems.add(
            kind
                + " '"
                + d.name()
                + "' has shape "
                + a.shape()
                + " in the model, declared "
                + d.shape());
      }
    }
    byName
        .keySet()
        .forEach(name -> problems.add(kind + " '" + name + "' of the model is not declared"));
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

  private static String names(List<TensorSpec> specs) {
    return specs.stream().map(TensorSpec::name).collect(Collectors.joining(", ", "[", "]"));
  }
}
