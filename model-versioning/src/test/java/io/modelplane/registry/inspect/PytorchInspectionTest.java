package io.modelplane.registry.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PytorchInspectionTest {

  @TempDir Path tmp;

  private final ArtifactInspector inspector = new DefaultArtifactInspector();

  @Test
  void shouldRequireADeclaredSignatureForABareTorchScriptFile() throws Exception {
    // Given
    Path torchScript = TestArtifacts.fixture(tmp.resolve("model.pt"), RealModels.TORCHSCRIPT);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(torchScript, Engine.PYTORCH));

    // Then
    assertThat(thrown)
        .isInstanceOf(SignatureNotReadableException.class)
        .hasMessageStartingWith("pytorch artifacts must declare their signature");
  }

  @Test
  void shouldReadTheSignatureFromServingProperties() throws Exception {
    // Given
    Path zip =
        zipWith(
            """
            input.name=features
            input.datatype=FP32
            input.shape=-1,4
            output.name=probabilities
            output.shape=-1,2
            """);

    // When
    ModelSignature signature = inspector.inspect(zip, Engine.PYTORCH);

    // Then
    assertThat(signature)
        .isEqualTo(
            new ModelSignature(
                List.of(new TensorSpec("features", "FP32", List.of(-1L, 4L))),
                List.of(new TensorSpec("probabilities", "FP32", List.of(-1L, 2L)))));
  }

  @Test
  void shouldReadTheInputFromTheRunnersFeaturesKey() throws Exception {
    // Given
    Path zip = zipWith("features=4\noutput.shape=-1,2\n");

    // When
    ModelSignature signature = inspector.inspect(zip, Engine.PYTORCH);

    // Then
    assertThat(signature)
        .isEqualTo(
            new ModelSignature(
                List.of(new TensorSpec("input", "FP32", List.of(-1L, 4L))),
                List.of(new TensorSpec("output0", "FP32", List.of(-1L, 2L)))));
  }

  @Test
  void shouldExplainAShapeThatIsNotAShape() throws Exception {
    // Given
    Path zip = zipWith("input.shape=-1,four\noutput.shape=-1,2\n");

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.PYTORCH));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "input.shape=-1,four in serving.properties is not a shape: give comma-separated"
                + " sizes, -1 for dynamic, e.g. -1,3,224,224");
  }

  @Test
  void shouldAcceptDjlParametersByTheirMagic() throws Exception {
    // Given
    Path params = tmp.resolve("mlp-0002.params");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(params))) {
      out.writeBytes("DJL@");
      out.writeInt(1);
      out.writeUTF("mlp");
    }
    Path properties =
        TestArtifacts.text(tmp.resolve("serving.properties"), "features=4\noutput.shape=-1,2\n");
    Path zip =
        TestArtifacts.zip(
            tmp.resolve("model.zip"),
            Map.of("mlp-0002.params", params, "serving.properties", properties));

    // When
    ModelSignature signature = inspector.inspect(zip, Engine.PYTORCH);

    // Then
    assertThat(signature.inputs()).extracting(TensorSpec::shape).containsExactly(List.of(-1L, 4L));
  }

  @Test
  void shouldSayAnOnnxFileDeclaredAsPytorchIsNotAPytorchModel() throws Exception {
    // Given
    Path onnx = TestArtifacts.miniLmOnnx(tmp.resolve("model.onnx"));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(onnx, Engine.PYTORCH));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .isNotInstanceOf(SignatureNotReadableException.class)
        .hasMessage(
            "the artifact is not a PyTorch model: engine pytorch reads TorchScript"
                + " (torch.jit.save) or DJL parameters (Model.save); it is an ONNX graph (engine"
                + " onnx)");
  }

  private Path zipWith(String servingProperties) throws Exception {
    Path torchScript = TestArtifacts.fixture(tmp.resolve("model.pt"), RealModels.TORCHSCRIPT);
    Path properties = TestArtifacts.text(tmp.resolve("serving.properties"), servingProperties);
    return TestArtifacts.zip(
        tmp.resolve("model.zip"),
        Map.of("model/model.pt", torchScript, "model/serving.properties", properties));
  }
}
