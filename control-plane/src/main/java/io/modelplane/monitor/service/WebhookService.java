package io.modelplane.monitor.service;

import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.monitor.persistence.MonitorRepository;
import io.modelplane.monitor.persistence.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A tenant's alert webhooks. */
@ApplicationScoped
@Transactional
public class WebhookService {

  @Inject MonitorRepository repository;
  @Inject Clock clock;

  public Webhook create(String tenant, String url, String secret, String actor) {
    List<FieldError> errors = new ArrayList<>();
    if (!validUrl(url)) {
      errors.add(new FieldError("url", "must be an absolute http or https URL"));
    }
    if (secret == null || secret.length() < 16 || secret.length() > 256) {
      errors.add(new FieldError("secret", "must be 16 to 256 characters"));
    }
    InvalidInputException.throwIfAny(errors);
    Webhook w = new Webhook();
    w.tenant = tenant;
    w.url = url;
    w.secret = secret;
    w.createdBy = actor;
    w.createdAt = clock.instant();
    repository.add(w);
    return w;
  }

  public List<Webhook> list() {
    return repository.webhooks();
  }

  public Webhook delete(long id) {
    Webhook w = repository.webhook(id);
    w.deleted = true;
    return w;
  }

  private static boolean validUrl(String url) {
    if (url == null || url.length() > 2000) {
      return false;
    }
    try {
      URI u = URI.create(url);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
