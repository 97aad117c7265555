{{/* Names, labels and the Secrets the control plane reads. */}}

{{- define "modelplane.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "modelplane.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "modelplane.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "modelplane.selectorLabels" -}}
app.kubernetes.io/name: {{ include "modelplane.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: control-plane
{{- end }}

{{- define "modelplane.labels" -}}
helm.sh/chart: {{ include "modelplane.chart" . }}
{{ include "modelplane.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: modelplane
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "modelplane.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "modelplane.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "modelplane.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* Cluster-scoped objects are shared by every release in the cluster: name them by namespace too. */}}
{{- define "modelplane.clusterScopedName" -}}
{{- printf "%s-%s" .Release.Namespace (include "modelplane.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "modelplane.dbAppSecret" -}}
{{- default (printf "%s-db-app" (include "modelplane.fullname" .)) .Values.database.app.existingSecret }}
{{- end }}

{{- define "modelplane.dbOwnerSecret" -}}
{{- default (printf "%s-db-owner" (include "modelplane.fullname" .)) .Values.database.owner.existingSecret }}
{{- end }}

{{- define "modelplane.keycloakSecret" -}}
{{- default (printf "%s-keycloak" (include "modelplane.fullname" .)) .Values.keycloak.existingSecret }}
{{- end }}

{{- define "modelplane.keysSecret" -}}
{{- default (printf "%s-keys" (include "modelplane.fullname" .)) .Values.keys.existingSecret }}
{{- end }}

{{- define "modelplane.artifactBaseUrl" -}}
{{- default (printf "http://%s.%s.svc:%v" (include "modelplane.fullname" .) .Release.Namespace .Values.service.port) .Values.runner.artifactBaseUrl }}
{{- end }}

{{/* An env var read from a key of a Secret: (list NAME SECRET KEY) */}}
{{- define "modelplane.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 }}
      key: {{ index . 2 }}
{{- end }}

{{/* The ports runner pods serve on (KubernetesNames.RUNNER_PORT) and the labels they carry (RunnerLabels). */}}
{{- define "modelplane.runnerPort" -}}8080{{- end }}

{{- define "modelplane.runnerPeer" -}}
- namespaceSelector:
    matchLabels:
      app.kubernetes.io/managed-by: modelplane
  podSelector:
    matchLabels:
      app.kubernetes.io/name: modelplane-runner
      app.kubernetes.io/managed-by: modelplane
{{- end }}

{{/* Fails the render for settings that would lose data. */}}
{{- define "modelplane.validate" -}}
{{- $replicas := ternary .Values.autoscaling.maxReplicas .Values.replicaCount .Values.autoscaling.enabled }}
{{- $shared := and .Values.persistence.enabled (or .Values.persistence.existingClaim (has "ReadWriteMany" .Values.persistence.accessModes)) }}
{{- if and (eq .Values.artifacts.store "filesystem") (gt (int $replicas) 1) (not $shared) }}
{{- fail "artifacts.store=filesystem with several replicas needs persistence.enabled with a ReadWriteMany volume (each replica would otherwise keep its own artifacts), or artifacts.store=s3" }}
{{- end }}
{{- if and (eq .Values.artifacts.store "s3") (not .Values.artifacts.s3.bucket) }}
{{- fail "artifacts.store=s3 needs artifacts.s3.bucket" }}
{{- end }}
{{- end }}
