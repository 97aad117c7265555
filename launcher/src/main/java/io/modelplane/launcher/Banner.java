package io.modelplane.launcher;

/** What {@code bin/modelplane up} prints once everything is ready. */
final class Banner {

  private Banner() {}

  static String text(LauncherConfig config, String jdbcUrl, String keycloakUrl) {
    String ui = config.uiBaseUrl();
    return """

        ==================================================================
         modelplane is up (demo data only; never use these credentials)
        ==================================================================
         Admin UI          %s/ui
         REST API          %s/api/v1
         OpenAPI           %s/q/openapi   Swagger UI %s/q/swagger-ui
         Health, metrics   %s/q/health    %s/q/metrics
         Keycloak          %s  (admin console: admin / admin)
         Database          %s  (app role modelplane_app)
         Data directory    %s

         Demo users (password = user name), realm 'modelplane':
           alice  acme admin        bob   acme engineer    carol  acme viewer
           dave   acme auditor      erin  globex admin     sam    acme engineer + globex viewer
           pat    platform-admin
         Demo models in acme: embedder (v1 all-MiniLM-L6-v2, v2 bge-small-en-v1.5,
           champion -> v1) and churn (XGBoost trained at seed time, baseline attached)
         Scripts: public client 'modelplane-cli' (direct access grants)
         CI:      'acme-ci' / acme-ci-secret, 'globex-ci' / globex-ci-secret

         Ctrl-C stops everything.
        """
        .formatted(ui, ui, ui, ui, ui, ui, keycloakUrl, jdbcUrl, config.dataDir());
  }
}
