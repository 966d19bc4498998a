package app.roster.security;

import java.util.List;

/**
 * The names a role grants. At sign-in they become the caller's groups, so the same names guard
 * service methods ({@code @RolesAllowed}) and decide what the console shows.
 */
public final class Permission {

  public static final String MEMBERS_VIEW = "members.view";
  public static final String MEMBERS_EDIT = "members.edit";
  public static final String MEMBERS_INVITE = "members.invite";
  public static final String MEMBERS_ARCHIVE = "members.archive";
  public static final String CREDENTIALS_CHANGE = "credentials.change";
  public static final String ROLES_MANAGE = "roles.manage";
  public static final String SETTINGS_MANAGE = "settings.manage";
  public static final String OUTBOX_VIEW = "outbox.view";
  public static final String AUDIT_VIEW = "audit.view";
  public static final String LABELS_MANAGE = "labels.manage";
  public static final String ACTIONS_MANAGE = "actions.manage";
  public static final String ACCESS_MANAGE = "access.manage";
  public static final String ANONYMOUS_RESOLVE = "anonymous.resolve";
  public static final String EXPERIMENTS_MANAGE = "experiments.manage";
  public static final String BILLING_VIEW = "billing.view";
  public static final String PRIVACY_MANAGE = "privacy.manage";

  /** Every signed-in member, team or customer. */
  public static final String MEMBER = "member";

  /** Members whose role is of kind TEAM: they reach the console. */
  public static final String TEAM = "team";

  /** Members whose role is of kind CUSTOMER: they reach only their own pages. */
  public static final String CUSTOMER = "customer";

  public static final List<String> CONSOLE_PERMISSIONS =
      List.of(
          MEMBERS_VIEW,
          MEMBERS_EDIT,
          MEMBERS_INVITE,
          MEMBERS_ARCHIVE,
          CREDENTIALS_CHANGE,
          ROLES_MANAGE,
          SETTINGS_MANAGE,
          OUTBOX_VIEW,
          AUDIT_VIEW,
          LABELS_MANAGE,
          ACTIONS_MANAGE,
          ACCESS_MANAGE,
          ANONYMOUS_RESOLVE,
          EXPERIMENTS_MANAGE,
          BILLING_VIEW,
          PRIVACY_MANAGE);

  private Permission() {}
}
