package app.roster.invitations;

import app.roster.platform.FieldMessages;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The Invite many dialog on People → Members: addresses pasted or read from a one-column CSV, one
 * role, and Start, which hands them to {@link BulkInvites} and opens the progress page.
 */
@Named
@ViewScoped
public class BulkInviteView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "bulk";

  @Inject BulkInvites bulkInvites;

  @Inject Roles roles;

  private List<String> roleNames;
  private String addresses;
  private String role;

  @PostConstruct
  void init() {
    roleNames = roles.all().stream().map(Role::getName).toList();
  }

  public void open() {
    addresses = null;
    role = null;
  }

  /** Adds the addresses of an uploaded CSV file to the list in the dialog. */
  public void upload(FileUploadEvent event) {
    try (Reader csv =
        new InputStreamReader(event.getFile().getInputStream(), StandardCharsets.UTF_8)) {
      List<String> all = new ArrayList<>(BulkAddresses.parse(addresses));
      all.addAll(BulkAddresses.parseCsv(csv));
      addresses = String.join("\n", BulkAddresses.parse(String.join("\n", all)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the bulk invite and opens its progress page; refusals stay in the dialog. */
  public String start() {
    try {
      long id = bulkInvites.start(BulkAddresses.parse(addresses), role);
      return "/console/members/bulk-invite?faces-redirect=true&id=" + id;
    } catch (RosterException refusal) {
      FieldMessages.show(FORM, refusal);
      return null;
    }
  }

  /** How many distinct addresses the dialog holds now. */
  public int getCount() {
    return BulkAddresses.parse(addresses).size();
  }

  public List<String> getRoleNames() {
    return roleNames;
  }

  public String getAddresses() {
    return addresses;
  }

  public void setAddresses(String addresses) {
    this.addresses = addresses;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
