package io.modelplane.registry.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a PyTorch artifact without loading PyTorch's natives into the control plane: a TorchScript
 * archive (a zip with {@code data.pkl} and {@code code/}) or DJL parameters ({@code .params}). The
 * graph does not state its tensor names, so the signature comes from {@code serving.properties}
 * ({@code input.name}, {@code input.datatype}, {@code input.shape}, same for {@code output}) or
 * must be declared at registration.
 */
final class PytorchInspector {

  private PytorchInspector() {}

  static ModelSignature inspect(ModelFiles files) throws IOException, InvalidArtifactException {
    Path model = files.single("PyTorch model", ".pt", ".pth", ".torchscript", ".params");
    if (model.getFileName().toString().endsWith(".params")) {
      checkParams(model);
    } else {
      checkTorchScript(model);
    }
    Properties p = files.servingProperties();
    if (p.getProperty("input.name") == null || p.getProperty("output.name") == null) {
      throw new SignatureNotReadableException(
          "PyTorch artifacts do not describe their tensors: declare the signature (or set input.* and output.* in serving.properties)");
    }
    return new ModelSignature(List.of(spec(p, "input")), List.of(spec(p, "output")));
  }

  private static void checkTorchScript(Path model) throws InvalidArtifactException {
    try (ZipFile zip = new ZipFile(model.toFile())) {
      List<String> names = zip.stream().map(ZipEntry::getName).toList();
      boolean data = names.stream().anyMatch(n -> n.endsWith("/data.pkl"));
      boolean code =
          names.stream().anyMatch(n -> n.contains("/code/") || n.endsWith("/constants.pkl"));
      if (!data || !code) {
        throw new InvalidArtifactException(
            model.getFileName() + " is not a TorchScript archive (torch.jit.save)");
      }
    } catch (IOException e) {
      throw new InvalidArtifactException(
          model.getFileName() + " is not a TorchScript archive (not a zip)", e);
    }
  }

  private static void checkParams(Path model) throws IOException, InvalidArtifactException {
    try (InputStream in = Files.newInputStream(model)) {
      byte[] head = in.readNBytes(16);
      String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (!text.contains("DJL")) {
        throw new InvalidArtifactException(model.getFileName() + " is not a DJL parameter file");
      }
    }
  }

  private static TensorSpec spec(Properties p, String prefix) throws InvalidArtifactException {
    String name = p.getProperty(prefix + ".name");
    String datatype = p.getProperty(prefix + ".datatype", "FP32");
    List<Long> shape = new ArrayList<>();
    try {
      for (String d : p.getProperty(prefix + ".shape", "-1").split(",")) {
        shape.add(Long.parseLong(d.trim()));
      }
    } catch (NumberFormatException e) {
      throw new InvalidArtifactException(
          prefix
              + ".shape in serving.properties must be comma-separated integers, e.g. -1,3,224,224");
    }
    return new TensorSpec(name, datatype, shape);
  }
}
