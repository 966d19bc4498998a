package app.roster.anonymous.boundary;

import app.roster.anonymous.entity.ContactEvent;
import app.roster.members.Contacts;
import app.roster.members.MemberView;
import app.roster.platform.Messages;
import app.roster.platform.PageRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Contacts tab of a member's profile: the calls, SMS and mails that reached the workspace from
 * them, newest first (the latest {@link #SHOWN}), and the extra identifiers later contact is
 * matched by. Loaded once per view, only when the tab is shown.
 */
@Named
@ViewScoped
public class MemberContactsView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = PageRequest.MAX_SIZE;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject ContactEvents events;

  @Inject MemberView memberView;

  private List<ContactEvent> shown;
  private long total;
  private List<String> identifiers;

  public List<ContactEvent> getEvents() {
    load();
    return shown;
  }

  public long getTotal() {
    load();
    return total;
  }

  public List<String> getIdentifiers() {
    load();
    return identifiers;
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public String from(ContactEvent event) {
    return event.getChannel().fromPhone()
        ? Contacts.international(event.getSender())
        : event.getSender();
  }

  public String channel(ContactEvent event) {
    return Messages.get(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        "contacts.channel." + event.getChannel().apiName());
  }

  private void load() {
    if (shown != null || memberView.getId() == null) {
      if (shown == null) {
        shown = List.of();
        identifiers = List.of();
      }
      return;
    }
    var page = events.of(memberView.getId(), new PageRequest(0, SHOWN, null));
    shown = page.items();
    total = page.total();
    identifiers =
        events.identifiersOf(memberView.getId()).stream()
            .map(
                i ->
                    "PHONE".equals(i.getKind())
                        ? Contacts.international(i.getIdentifier())
                        : i.getIdentifier())
            .toList();
  }
}
