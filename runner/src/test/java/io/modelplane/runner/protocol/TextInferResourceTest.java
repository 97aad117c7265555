package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.MiniLmProfile;
import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.ReferenceEmbeddings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MiniLmProfile.class)
class TextInferResourceTest {

  private static final int DIM = 384;

  @ConfigProperty(name = "test.model-dir")
  Path modelDir;

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  static Map<String, Object> textRequest(String id, List<String> texts) {
    return Map.of(
        "id",
        id,
        "inputs",
        List.of(
            Map.of(
                "name",
                "text",
                "shape",
                List.of(texts.size()),
                "datatype",
                "BYTES",
                "data",
                texts)));
  }

  static List<Float> embed(List<String> texts) {
    return given()
        .contentType(ContentType.JSON)
        .body(textRequest("req", texts))
        .post("/v2/models/minilm/infer")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("outputs[0].data", Float.class);
  }

  @Test
  void shouldEmbedSentencesAsOnnxRuntimeDoesDirectly() throws Exception {
    // Given
    List<String> sentences =
        List.of(
            "The cat sits on the mat.",
            "A quick brown fox jumps over the lazy dog near the river bank.",
            "Inference servers batch requests.");

    // When
    List<Float> batched = embed(sentences);
    List<Float> single = embed(List.of(sentences.get(1)));

    // Then
    try (ReferenceEmbeddings reference = new ReferenceEmbeddings(modelDir, false)) {
      for (int i = 0; i < sentences.size(); i++) {
        float[] expected = reference.embed(sentences.get(i));
        assertThat(ReferenceEmbeddings.cosine(ReferenceEmbeddings.row(batched, i, DIM), expected))
            .isGreaterThanOrEqualTo(0.9999);
      }
      assertThat(
              ReferenceEmbeddings.cosine(
                  ReferenceEmbeddings.row(single, 0, DIM), reference.embed(sentences.get(1))))
          .isGreaterThanOrEqualTo(0.9999);
    }
  }

  @Test
  void shouldScoreParaphrasesCloserThanUnrelatedSentences() {
    // Given
    List<String> sentences =
        List.of(
            "How do I reset my password?",
            "What is the way to change my forgotten password?",
            "The stock market fell sharply on Tuesday.");

    // When
    List<Float> vectors = embed(sentences);

    // Then
    float[] question = ReferenceEmbeddings.row(vectors, 0, DIM);
    double paraphrase =
        ReferenceEmbeddings.cosine(question, ReferenceEmbeddings.row(vectors, 1, DIM));
    double unrelated =
        ReferenceEmbeddings.cosine(question, ReferenceEmbeddings.row(vectors, 2, DIM));
    assertThat(paraphrase).isGreaterThan(unrelated + 0.3);
  }

  @Test
  void shouldAnswerWithModelNameVersionIdAndShape() {
    // When
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(textRequest("abc-1", List.of("one", "two")))
            .post("/v2/models/minilm/versions/3/infer");

    // Then
    response
        .then()
        .statusCode(200)
        .body("model_name", equalTo("minilm"))
        .body("model_version", equalTo("3"))
        .body("id", equalTo("abc-1"))
        .body("outputs[0].name", equalTo("embedding"))
        .body("outputs[0].datatype", equalTo("FP32"))
        .body("outputs[0].shape", equalTo(List.of(2, DIM)));
    assertThat(response.jsonPath().getList("outputs[0].data")).hasSize(2 * DIM);
  }

  @Test
  void shouldGiveEachConcurrentClientItsOwnEmbedding() throws Exception {
    // Given
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      sentences.add("Sentence number " + i + " talks about " + (i % 2 == 0 ? "cats" : "finance"));
    }

    // When
    List<List<Float>> answers;
    try (ExecutorService clients = Executors.newFixedThreadPool(12)) {
      List<CompletableFuture<List<Float>>> calls =
          sentences.stream()
              .map(s -> CompletableFuture.supplyAsync(() -> embed(List.of(s)), clients))
              .toList();
      answers = calls.stream().map(CompletableFuture::join).toList();
    }

    // Then
    try (ReferenceEmbeddings reference = new ReferenceEmbeddings(modelDir, false)) {
      for (int i = 0; i < sentences.size(); i++) {
        assertThat(
                ReferenceEmbeddings.cosine(
                    ReferenceEmbeddings.row(answers.get(i), 0, DIM),
                    reference.embed(sentences.get(i))))
            .as("sentence %d", i)
            .isGreaterThanOrEqualTo(0.9999);
      }
    }
  }
}
