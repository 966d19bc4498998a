package app.roster.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, for the audit trail: the console or the API, and the
 * client's address. {@link OriginFilter} fills it for every HTTP request; work without one (the
 * timers) keeps the default, the system.
 */
@RequestScoped
public class RequestOrigin {

  private AuditSource source = AuditSource.SYSTEM;
  private String clientAddress;

  void set(AuditSource source, String clientAddress) {
    this.source = source;
    this.clientAddress = clientAddress;
  }

  public AuditSource getSource() {
    return source;
  }

  public String getClientAddress() {
    return clientAddress;
  }
}
