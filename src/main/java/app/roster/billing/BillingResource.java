package app.roster.billing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/billing/usage: the billable members now and those left out, by reason. */
@Path("v1/billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

  @Inject Billing billing;

  @GET
  @Path("usage")
  public Usage usage() {
    return billing.usage();
  }
}
