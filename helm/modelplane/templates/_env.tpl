{{/*
The control plane's configuration as environment variables. Each name is the environment form of a
key the application reads (application.properties, @ConfigProperty, @ConfigMapping): upper case,
every character that is not a letter or digit replaced by "_". ChartEnvironmentTest checks that.
*/}}
{{- define "modelplane.env" -}}
- name: QUARKUS_HTTP_HOST
  value: "0.0.0.0"
- name: QUARKUS_HTTP_PORT
  value: "8080"
{{- if .Values.ingress.enabled }}
- name: QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING
  value: "true"
- name: QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED
  value: "true"
{{- end }}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.jvmOptions | quote }}
- name: MODELPLANE_DATA_DIR
  value: /var/lib/modelplane
- name: MODELPLANE_DB_URL
  value: {{ .Values.database.url | quote }}
- name: QUARKUS_DATASOURCE_JDBC_MAX_SIZE
  value: {{ .Values.database.maxPoolSize | quote }}
{{ include "modelplane.secretEnv" (list "QUARKUS_DATASOURCE_USERNAME" (include "modelplane.dbAppSecret" .) .Values.database.app.usernameKey) }}
{{ include "modelplane.secretEnv" (list "QUARKUS_DATASOURCE_PASSWORD" (include "modelplane.dbAppSecret" .) .Values.database.app.passwordKey) }}
{{ include "modelplane.secretEnv" (list "QUARKUS_DATASOURCE_MIGRATIONS_USERNAME" (include "modelplane.dbOwnerSecret" .) .Values.database.owner.usernameKey) }}
{{ include "modelplane.secretEnv" (list "QUARKUS_DATASOURCE_MIGRATIONS_PASSWORD" (include "modelplane.dbOwnerSecret" .) .Values.database.owner.passwordKey) }}
- name: MODELPLANE_KEYCLOAK_URL
  value: {{ .Values.keycloak.url | quote }}
- name: MODELPLANE_KEYCLOAK_REALM
  value: {{ .Values.keycloak.realm | quote }}
- name: QUARKUS_OIDC_CLIENT_ID
  value: {{ .Values.keycloak.apiClientId | quote }}
- name: QUARKUS_OIDC_WEB_CLIENT_ID
  value: {{ .Values.keycloak.uiClientId | quote }}
{{ include "modelplane.secretEnv" (list "QUARKUS_OIDC_WEB_CREDENTIALS_SECRET" (include "modelplane.keycloakSecret" .) .Values.keycloak.uiClientSecretKey) }}
- name: QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_ID
  value: {{ .Values.keycloak.adminClientId | quote }}
{{ include "modelplane.secretEnv" (list "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET" (include "modelplane.keycloakSecret" .) .Values.keycloak.adminClientSecretKey) }}
{{ include "modelplane.secretEnv" (list "MODELPLANE_ARTIFACTS_MASTER_KEY" (include "modelplane.keysSecret" .) .Values.keys.masterKeyKey) }}
{{ include "modelplane.secretEnv" (list "MODELPLANE_RUNNER_URL_SIGNING_KEY" (include "modelplane.keysSecret" .) .Values.keys.urlSigningKeyKey) }}
- name: MODELPLANE_ARTIFACTS_STORE
  value: {{ .Values.artifacts.store | quote }}
{{- if eq .Values.artifacts.store "s3" }}
{{- with .Values.artifacts.s3 }}
{{- if .endpoint }}
- name: MODELPLANE_ARTIFACTS_S3_ENDPOINT
  value: {{ .endpoint | quote }}
{{- end }}
- name: MODELPLANE_ARTIFACTS_S3_BUCKET
  value: {{ .bucket | quote }}
{{- if .prefix }}
- name: MODELPLANE_ARTIFACTS_S3_PREFIX
  value: {{ .prefix | quote }}
{{- end }}
- name: MODELPLANE_ARTIFACTS_S3_REGION
  value: {{ .region | quote }}
{{- if .existingSecret }}
{{ include "modelplane.secretEnv" (list "MODELPLANE_ARTIFACTS_S3_ACCESS_KEY" .existingSecret .accessKeyKey) }}
{{ include "modelplane.secretEnv" (list "MODELPLANE_ARTIFACTS_S3_SECRET_KEY" .existingSecret .secretKeyKey) }}
{{- end }}
{{- end }}
{{- end }}
- name: MODELPLANE_BACKEND_KUBERNETES_ENABLED
  value: {{ .Values.kubernetesBackend.enabled | quote }}
- name: MODELPLANE_DEPLOYMENTS_DEFAULT_BACKEND
  value: {{ .Values.deployments.defaultBackend | quote }}
- name: MODELPLANE_DEPLOYMENTS_RUNNER_IMAGE
  value: {{ .Values.runner.image | quote }}
- name: MODELPLANE_DEPLOYMENTS_DEFAULT_CPU
  value: {{ .Values.deployments.defaultCpu | quote }}
- name: MODELPLANE_DEPLOYMENTS_DEFAULT_MEMORY
  value: {{ .Values.deployments.defaultMemory | quote }}
- name: MODELPLANE_DEPLOYMENTS_WARM_PERIOD
  value: {{ .Values.deployments.warmPeriod | quote }}
- name: MODELPLANE_DEPLOYMENTS_PROGRESS_DEADLINE
  value: {{ .Values.deployments.progressDeadline | quote }}
- name: MODELPLANE_RUNNER_ARTIFACT_BASE_URL
  value: {{ include "modelplane.artifactBaseUrl" . | quote }}
- name: MODELPLANE_RUNNER_GPU_NODE_SELECTOR
  value: {{ toJson .Values.runner.gpu.nodeSelector | quote }}
- name: MODELPLANE_RUNNER_GPU_TOLERATIONS
  value: {{ toJson .Values.runner.gpu.tolerations | quote }}
- name: MODELPLANE_RECONCILE_WORKERS
  value: {{ .Values.reconcile.workers | quote }}
- name: MODELPLANE_RECONCILE_RESYNC
  value: {{ .Values.reconcile.resync | quote }}
- name: MODELPLANE_RECONCILE_MAX_BACKOFF
  value: {{ .Values.reconcile.maxBackoff | quote }}
- name: MODELPLANE_GATEWAY_TIMEOUT
  value: {{ .Values.gateway.timeoutMillis | quote }}
- name: MODELPLANE_GATEWAY_POOL_SIZE
  value: {{ .Values.gateway.poolSize | quote }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}
