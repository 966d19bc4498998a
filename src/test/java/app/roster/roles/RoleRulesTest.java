package app.roster.roles;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.platform.FieldError;
import app.roster.security.Permission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

  @Test
  void aTeamRoleMayHoldEveryConsolePermission() {
    assertThat(RoleRules.check(RoleKind.TEAM, Set.copyOf(Permission.CONSOLE_PERMISSIONS)))
        .isEmpty();
  }

  @Test
  void aCustomerRoleHoldsNoConsolePermission() {
    List<FieldError> errors =
        RoleRules.check(RoleKind.CUSTOMER, Set.of(Permission.MEMBERS_VIEW, Permission.AUDIT_VIEW));

    assertThat(errors).extracting(FieldError::field).containsExactly("permissions");
    assertThat(errors.get(0).message()).contains("audit.view", "members.view");
    assertThat(RoleRules.check(RoleKind.CUSTOMER, Set.of())).isEmpty();
  }

  @Test
  void unknownPermissionsAreNamed() {
    List<FieldError> errors = RoleRules.check(RoleKind.TEAM, Set.of("members.view", "root"));

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).message()).contains("root").doesNotContain("members.view");
  }
}
