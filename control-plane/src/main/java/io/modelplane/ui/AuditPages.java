package io.modelplane.ui;

import io.modelplane.audit.api.AuditEventView;
import io.modelplane.audit.api.VerificationView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit log viewer and its chain-verification badge. */
@CheckedTemplate(basePath = "AuditPages")
final class AuditPages {

  private AuditPages() {}

  static native TemplateInstance audit(
      Shell shell, AuditFilters filters, List<AuditEventView> events, String olderCursor);

  /** The badge alone, loaded by htmx after the page (verification reads the whole log). */
  static native TemplateInstance verification(String tenant, VerificationView v);

  /** The filters as the form sent them; {@code query} repeats them in the "older" link. */
  record AuditFilters(
      String from,
      String to,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      String outcome) {

    public String query() {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("from", from);
      params.put("to", to);
      params.put("actor", actor);
      params.put("action", action);
      params.put("resourceType", resourceType);
      params.put("resourceId", resourceId);
      params.put("outcome", outcome);
      return params.entrySet().stream()
          .filter(e -> e.getValue() != null && !e.getValue().isBlank())
          .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }
  }
}
