{{/*
The alert rules, on metrics the control plane exports at /q/metrics: Quarkus' HTTP server metrics
and the gateway's modelplane_gateway_requests_seconds. The ServiceMonitor's job label is the
Service's name. PrometheusRulesTest runs them through promtool.
*/}}
{{- define "modelplane.alertRules" -}}
{{- $sel := printf "job=%q, namespace=%q" (include "modelplane.fullname" .) .Release.Namespace -}}
groups:
  - name: modelplane-control-plane
    rules:
      - alert: ModelplaneControlPlaneDown
        expr: sum(up{ {{- $sel -}} }) == 0 or absent(up{ {{- $sel -}} })
        for: 5m
        labels:
          severity: critical
        annotations:
          summary: No modelplane control-plane replica is being scraped
          description: >-
            Prometheus reaches no replica of {{ include "modelplane.fullname" . }} in
            {{ .Release.Namespace }}: the API, the UI, the inference gateway and the reconciler are down.
      - alert: ModelplaneHttpServerErrors
        expr: >-
          sum(rate(http_server_requests_seconds_count{ {{- $sel -}}, status=~"5.."}[5m]))
          / sum(rate(http_server_requests_seconds_count{ {{- $sel -}} }[5m]))
          > {{ .Values.metrics.prometheusRule.http5xxRatio }}
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: The modelplane API answers too many 5xx
          description: >-
            {{ "{{" }} $value | humanizePercentage {{ "}}" }} of the control plane's answers were 5xx over 5 minutes;
            each 500 carries an incident id that is in the log.
      - alert: ModelplaneGatewayErrors
        expr: >-
          sum by (tenant, deployment) (rate(modelplane_gateway_requests_seconds_count{ {{- $sel -}}, outcome="error"}[5m]))
          / sum by (tenant, deployment) (rate(modelplane_gateway_requests_seconds_count{ {{- $sel -}} }[5m]))
          > {{ .Values.metrics.prometheusRule.gatewayErrorRatio }}
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: Inference requests of a deployment are failing
          description: >-
            {{ "{{" }} $value | humanizePercentage {{ "}}" }} of the inference requests of
            {{ "{{" }} $labels.tenant {{ "}}" }}/{{ "{{" }} $labels.deployment {{ "}}" }} failed over 5 minutes.
{{- end }}
