package app.roster.privacy;

import app.roster.labels.MemberLabels;
import app.roster.members.MemberJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * POST /api/v1/members/{id}/erase: replaces the member's personal data for a privacy request
 * (privacy.manage, Owners) and answers with the member as it now is.
 */
@Path("v1/members/{id}/erase")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberEraseResource {

  @Inject PrivacyRequests privacy;

  @Inject MemberLabels labels;

  @POST
  public MemberJson erase(@PathParam("id") long id) {
    return MemberJson.of(privacy.erase(id), labels.namesOf(id));
  }
}
