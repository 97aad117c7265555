package io.modelplane.report;

import static io.modelplane.report.ReportFixture.COMMIT;
import static io.modelplane.report.ReportFixture.DATA_DIGEST;
import static io.modelplane.report.ReportFixture.ROLLBACK_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An audit report holds the facts of its period in every format: the fixture's model and lineage,
 * the approval, the rollback and its reason, the alert, the privacy finding and erasure, and the
 * denied call from another tenant.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditReportContentTest {

  @BeforeEach
  void activity() {
    ReportFixture.ensure();
  }

  @Test
  void shouldHoldEverySectionsFactsInTheJsonOfAJob() {
    // When dave, an auditor, has a JSON report built by a job
    Response job = ReportClient.job("json");

    // Then the job succeeded at 100% and its document holds each section's facts
    assertThat(job.jsonPath().getString("status")).isEqualTo("succeeded");
    assertThat(job.jsonPath().getInt("progress")).isEqualTo(100);
    Response content = ReportClient.content(job);
    content.then().statusCode(200).contentType("application/json");
    JsonPath r = content.jsonPath();
    String m = ReportFixture.model;
    String d = ReportFixture.deployment;
    assertThat(r.getString("schema")).isEqualTo("modelplane.audit-report/v1");
    assertThat(r.getList("mapping.section"))
        .containsExactly("inventory", "production", "monitoring", "privacy", "access", "chain");
    assertThat(r.getList("mapping.find { it.section == 'access' }.iso42001.id"))
        .contains("A.6.2.8");
    assertThat(
            r.getString(
                "inventory.models.find { it.name == '%s' }.versions[0].sourceCommit".formatted(m)))
        .isEqualTo(COMMIT);
    assertThat(
            r.getString(
                "inventory.models.find { it.name == '%s' }.versions[0].trainingDataDigest"
                    .formatted(m)))
        .isEqualTo(DATA_DIGEST);
    assertThat(
            r.getInt(
                "inventory.models.find { it.name == '%s' }.versions[1].parentVersion".formatted(m)))
        .isEqualTo(1);
    Map<String, Object> approval =
        r.getMap("inventory.approvals.find { it.model == '%s' }".formatted(m));
    assertThat(approval)
        .containsEntry("approver", "alice")
        .containsEntry("requestedBy", "bob")
        .containsEntry("independent", true);
    Map<String, Object> rollback =
        r.getMap("production.rollbacks.find { it.deployment == '%s' }".formatted(d));
    assertThat(rollback)
        .containsEntry("reason", ROLLBACK_REASON)
        .containsEntry("rollbackTo", 1)
        .containsEntry("version", 1)
        .containsEntry("replacedVersion", 2)
        .containsEntry("actor", "bob");
    assertThat(
            r.getList("production.served.findAll { it.deployment == '%s' }.version".formatted(d)))
        .containsExactly(1, 2, 1);
    assertThat(
            r.getString("monitoring.sloBreaches.find { it.deployment == '%s' }.kind".formatted(d)))
        .isEqualTo("no_traffic");
    assertThat(r.getList("privacy.scans.findings.flatten().entity")).contains("email");
    assertThat(r.getList("privacy.erasures.requestedBy")).contains("alice");
    assertThat(r.getList("access.denied.findAll { it.actor == 'erin' }.resourceId"))
        .anyMatch(id -> id.toString().contains(m));
    assertThat(r.getLong("access.deniedTotal")).isPositive();
    assertThat(r.getList("access.byActor.findAll { it.actor == 'bob' }.action"))
        .contains("deployment.rollback");
    assertThat(content.asString()).doesNotContain(ReportFixture.SUBJECT);
  }

  @Test
  void shouldHoldTheFactsAsOneCsvRowPerRecord() throws IOException {
    // When dave downloads the CSV report at once
    Response csv = ReportClient.now("csv");

    // Then every row has the same columns, a section, and the facts are there as records
    csv.then().statusCode(200).contentType("text/csv");
    List<Map<String, String>> rows = rows(csv.asString());
    assertThat(rows).allSatisfy(row -> assertThat(row.get("section")).isNotBlank());
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsEntry("section", "production")
                    .containsEntry("record", "rollback")
                    .containsEntry("deployment", ReportFixture.deployment)
                    .containsEntry("reason", ROLLBACK_REASON));
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsEntry("section", "inventory")
                    .containsEntry("record", "version")
                    .containsEntry("model", ReportFixture.model)
                    .containsEntry("version", "1")
                    .satisfies(r -> assertThat(r.get("detail")).contains(COMMIT)));
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsEntry("section", "access")
                    .containsEntry("record", "denied")
                    .containsEntry("actor", "erin"));
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsEntry("section", "privacy")
                    .containsEntry("record", "finding")
                    .containsEntry("action", "email"));
    assertThat(rows)
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsEntry("section", "chain")
                    .containsEntry("record", "checkpoint"));
  }

  @Test
  void shouldPrintTheFactsAndTheRootHashInThePdf() throws IOException {
    // When dave downloads the PDF report at once
    Response pdf = ReportClient.now("pdf");

    // Then its text names the rollback and its reason, the lineage, the denial and the root hash
    pdf.then().statusCode(200).contentType("application/pdf");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    String job = pdf.header("X-Report-Id");
    String treeSize =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(io.modelplane.testing.Tokens.user("dave"))
            .get(ReportClient.REPORTS + "/" + job)
            .jsonPath()
            .getString("checkpointTreeSize");
    assertThat(text)
        .contains("Audit report: acme")
        .contains(ROLLBACK_REASON)
        .contains(COMMIT)
        .contains(ReportFixture.deployment)
        .contains("erin")
        .contains("no_traffic")
        .contains("A.6.2.8")
        .contains("Art. 12")
        .contains("Tree size " + treeSize);
    assertThat(text.replace(" ", "")).containsPattern("Roothash\\(hex\\)[0-9a-f]{64}");
  }

  private static List<Map<String, String>> rows(String csv) throws IOException {
    var mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    var schema = mapper.schemaWithHeader();
    try (var it = mapper.readerFor(Map.class).with(schema).<Map<String, String>>readValues(csv)) {
      return it.readAll();
    }
  }
}
