package io.modelplane.report.service;

import java.util.List;

/**
 * Which regulation clauses and management-system controls a report section gives evidence for: the
 * EU AI Act (Regulation (EU) 2024/1689) Art. 12 record-keeping and Annex IV technical
 * documentation, and ISO/IEC 42001:2023 Annex A controls.
 */
public record ControlMapping(
    String section, String title, List<String> euAiAct, List<Control> iso42001) {

  /** An ISO/IEC 42001 Annex A control. */
  public record Control(String id, String title) {}

  public static final List<ControlMapping> ALL =
      List.of(
          new ControlMapping(
              "inventory",
              "Model inventory, lineage and approvals",
              List.of(
                  "Annex IV(1)(a),(d): intended purpose, versions",
                  "Annex IV(2)(b),(d): design choices; training data provenance",
                  "Annex IV(6): changes made through the lifecycle",
                  "Art. 12(2)(a): identifying substantial modifications"),
              List.of(
                  new Control("A.4.2", "Resource documentation"),
                  new Control("A.6.2.3", "Documentation of AI system design and development"),
                  new Control("A.6.2.5", "AI system deployment"),
                  new Control("A.6.2.7", "AI system technical documentation"),
                  new Control("A.7.5", "Data provenance"))),
          new ControlMapping(
              "production",
              "Production history and rollbacks",
              List.of(
                  "Art. 12(1): automatic recording of events over the lifetime",
                  "Art. 12(2)(a): situations that may result in risk, substantial modifications",
                  "Annex IV(6): changes made through the lifecycle"),
              List.of(
                  new Control("A.6.2.5", "AI system deployment"),
                  new Control("A.6.2.6", "AI system operation and monitoring"),
                  new Control("A.6.2.8", "AI system recording of event logs"))),
          new ControlMapping(
              "monitoring",
              "Monitoring: SLO breaches and drift incidents",
              List.of(
                  "Art. 12(2)(b),(c): post-market monitoring, monitoring of operation",
                  "Annex IV(3): monitoring, functioning and control",
                  "Annex IV(9): post-market monitoring system"),
              List.of(
                  new Control("A.6.2.6", "AI system operation and monitoring"),
                  new Control("A.7.4", "Quality of data for AI systems"),
                  new Control("A.8.4", "Communication of incidents"))),
          new ControlMapping(
              "privacy",
              "Privacy findings and erasures",
              List.of(
                  "Annex IV(2)(d): data requirements and data sets",
                  "Art. 12(2)(a): situations that may result in risk",
                  "(GDPR Art. 17: erasure evidence)"),
              List.of(
                  new Control("A.4.3", "Data resources"),
                  new Control(
                      "A.5.4",
                      "Assessing AI system impact on individuals or groups of individuals"),
                  new Control("A.7.2", "Data for development and enhancement of AI system"),
                  new Control("A.7.4", "Quality of data for AI systems"))),
          new ControlMapping(
              "access",
              "Access summary and denied attempts",
              List.of(
                  "Art. 12(1): automatic recording of events",
                  "Art. 12(2)(a): situations that may result in risk"),
              List.of(
                  new Control("A.3.2", "AI roles and responsibilities"),
                  new Control("A.6.2.8", "AI system recording of event logs"))),
          new ControlMapping(
              "chain",
              "Audit log integrity: signed checkpoint and consistency proof",
              List.of(
                  "Art. 12(1): logs over the lifetime of the system",
                  "Art. 19(1): keeping automatically generated logs",
                  "Annex IV(6): lifecycle changes, as recorded"),
              List.of(
                  new Control("A.6.2.8", "AI system recording of event logs"),
                  new Control("A.8.3", "External reporting"))));
}
