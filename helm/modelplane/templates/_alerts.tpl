{{/*
The alert rules, on metrics the control plane exports at /q/metrics: Quarkus' HTTP server metrics,
the gateway's modelplane_gateway_requests_seconds, the leader gauge modelplane_leader
(leader/LeadershipGauge) and the reconciler's backend calls modelplane_backend_calls_seconds
(backend/BackendMeter). The ServiceMonitor's job label is the Service's name. PrometheusRulesTest
runs them through promtool.
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
      - alert: ModelplaneNoLeader
        expr: sum(modelplane_leader{ {{- $sel -}} }) == 0
        for: 2m
        labels:
          severity: critical
        annotations:
          summary: No modelplane control-plane replica leads
          description: >-
            Replicas of {{ include "modelplane.fullname" . }} are up but none holds the leader lock:
            nothing reconciles deployments or runs rollouts. Check the replicas' logs and the
            Lease (or the PostgreSQL advisory lock) they compete for.
      - alert: ModelplaneSeveralLeaders
        expr: sum(modelplane_leader{ {{- $sel -}} }) > 1
        for: 1m
        labels:
          severity: critical
        annotations:
          summary: More than one modelplane control-plane replica leads
          description: >-
            {{ "{{" }} $value {{ "}}" }} replicas of {{ include "modelplane.fullname" . }} report that
            they lead: their reconcilers work against each other.
      - alert: ModelplaneReconcileErrors
        expr: >-
          sum(rate(modelplane_backend_calls_seconds_count{ {{- $sel -}}, outcome="error"}[5m]))
          / sum(rate(modelplane_backend_calls_seconds_count{ {{- $sel -}} }[5m]))
          > {{ .Values.metrics.prometheusRule.reconcileErrorRatio }}
        for: 10m
        labels:
          severity: warning
        annotations:
          summary: The reconciler's calls into the runtime backend are failing
          description: >-
            {{ "{{" }} $value | humanizePercentage {{ "}}" }} of the control plane's calls into the
            runtime backend (apply, observe, delete) failed over 5 minutes; the affected deployments
            are Degraded with reason BackendError.
      - alert: ModelplaneReconcileStalled
        expr: >-
          sum(increase(modelplane_backend_calls_seconds_count{ {{- $sel -}}, operation="observe"}[{{ .Values.metrics.prometheusRule.reconcileStalledFor }}])) > 0
          unless
          sum(increase(modelplane_backend_calls_seconds_count{ {{- $sel -}}, operation="apply"}[{{ .Values.metrics.prometheusRule.reconcileStalledFor }}])) > 0
        for: 5m
        labels:
          severity: warning
        annotations:
          summary: The modelplane reconciler has stopped applying deployments
          description: >-
            Deployments were observed but the leader applied none of them for
            {{ .Values.metrics.prometheusRule.reconcileStalledFor }}: changes and drift are not
            being reconciled.
{{- end }}
