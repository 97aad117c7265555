package io.modelplane.registry.inspect;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Checks a PyTorch artifact by its structure, without loading libtorch into the control plane (a
 * native library of several hundred MB whose crashes would take the control plane down with it).
 * Neither TorchScript nor DJL parameters name their tensors, so the signature comes from {@code
 * serving.properties} or must be declared at registration.
 */
final class PytorchInspector {

  /** The runner's default input name ({@code PytorchLoader.INPUT}). */
  static final String INPUT = "input";

  /** The runner names unnamed engine outputs output0, output1, … ({@code NdListModel}). */
  static final String OUTPUT = "output0";

  private PytorchInspector() {}

  static ModelSignature inspect(ModelFiles files) throws IOException, InvalidArtifactException {
    FileFormat format = FileFormat.of(files.model());
    if (format != FileFormat.TORCHSCRIPT && format != FileFormat.DJL_PARAMS) {
      throw files.notA(
          "a PyTorch model",
          "engine pytorch reads TorchScript (torch.jit.save) or DJL parameters (Model.save)");
    }
    Optional<TensorSpec> input = input(files);
    Optional<TensorSpec> output =
        PropertySpec.read(files.serving(), "output", OUTPUT, Optional.empty());
    if (input.isEmpty() || output.isEmpty()) {
      throw new SignatureNotReadableException(
          "pytorch artifacts must declare their signature: the model does not describe its"
              + " tensors, so declare it at registration or set input.name, input.datatype,"
              + " input.shape and output.name, output.datatype, output.shape in"
              + " serving.properties");
    }
    return new ModelSignature(List.of(input.get()), List.of(output.get()));
  }

  /** The runner's own keys (inputName, inputShape, features=N) describe the input as well. */
  private static Optional<TensorSpec> input(ModelFiles files) throws InvalidArtifactException {
    Optional<String> runnerShape =
        files
            .property("inputShape")
            .or(() -> files.property("features").map(features -> "-1," + features));
    String name = files.property("inputName").orElse(INPUT);
    return PropertySpec.read(files.serving(), "input", name, runnerShape);
  }
}
