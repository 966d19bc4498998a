package app.roster.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in member, for the console header and for a customer's My profile page. Loaded at most
 * once per request, and only when a page shows it.
 */
@Named
@RequestScoped
public class CurrentMemberView {

  @Inject Members members;

  private MemberSummary member;

  public MemberSummary getMember() {
    if (member == null) {
      member = MemberSummary.of(members.self());
    }
    return member;
  }
}
