package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.runner.support.BgeZhProfile;
import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.ReferenceEmbeddings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BgeZhProfile.class)
class ChineseTextInferResourceTest {

  private static final int DIM = 512;

  @ConfigProperty(name = "test.model-dir")
  Path modelDir;

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  @Test
  void shouldEmbedChineseTextAsOnnxRuntimeDoesDirectlyWithClsPooling() throws Exception {
    // Given
    List<String> sentences = List.of("今天天气很好。", "今天的天气非常不错。", "股市周二大幅下跌。");

    // When
    List<Float> vectors =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "inputs",
                    List.of(
                        Map.of(
                            "name",
                            "text",
                            "shape",
                            List.of(3),
                            "datatype",
                            "BYTES",
                            "data",
                            sentences))))
            .post("/v2/models/bge-zh/infer")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // Then
    assertThat(vectors).hasSize(3 * DIM);
    float[] weather = ReferenceEmbeddings.row(vectors, 0, DIM);
    try (ReferenceEmbeddings reference = new ReferenceEmbeddings(modelDir, true)) {
      for (int i = 0; i < sentences.size(); i++) {
        assertThat(
                ReferenceEmbeddings.cosine(
                    ReferenceEmbeddings.row(vectors, i, DIM), reference.embed(sentences.get(i))))
            .isGreaterThanOrEqualTo(0.9999);
      }
    }
    assertThat(ReferenceEmbeddings.cosine(weather, ReferenceEmbeddings.row(vectors, 1, DIM)))
        .isGreaterThan(
            ReferenceEmbeddings.cosine(weather, ReferenceEmbeddings.row(vectors, 2, DIM)));
  }
}
