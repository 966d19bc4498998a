package app.roster.invitations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin enters to invite someone: their email and the role they will have. The constraints
 * are declared here once, for the console's dialog and the API alike.
 */
public record InvitationDraft(
    @NotBlank(message = "{member.email.required}")
        @Size(max = 254, message = "{member.email.size}")
        @Email(message = "{member.email.invalid}")
        String email,
    @NotBlank(message = "{member.role.required}") String role) {}
