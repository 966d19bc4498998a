package app.roster.labels;

import app.roster.members.MemberView;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.UnselectEvent;

/**
 * The labels on a member's profile: chips with an autocomplete to add one and a cross to remove
 * one. Each pick or removal is saved at once through {@link Labels}, which checks members.edit and
 * that the caller may edit this member.
 */
@Named
@ViewScoped
public class MemberLabelsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "memberLabels";

  @Inject Labels labels;

  @Inject MemberView memberView;

  private List<String> names;

  /** The member's label names, read once per view and after each change. */
  public List<String> getNames() {
    if (names == null) {
      names = read();
    }
    return names;
  }

  public void setNames(List<String> names) {
    // The autocomplete submits its chips; the change itself arrives as a select or unselect.
  }

  public List<Label> getLabels() {
    Long id = memberView.getId();
    return id == null ? List.of() : labels.of(id);
  }

  public List<String> suggest(String typed) {
    List<String> current = getNames();
    return labels.suggest(typed).stream()
        .map(Label::getName)
        .filter(n -> !current.contains(n))
        .toList();
  }

  public void added(SelectEvent<String> event) {
    change(event.getObject(), true);
  }

  public void removed(UnselectEvent<String> event) {
    change(String.valueOf(event.getObject()), false);
  }

  private void change(String label, boolean add) {
    try {
      boolean changed =
          add ? labels.add(memberView.getId(), label) : labels.remove(memberView.getId(), label);
      if (changed) {
        Notices.done(add ? "member.labels.added" : "member.labels.removed", label);
      }
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    }
    names = read();
  }

  private List<String> read() {
    Long id = memberView.getId();
    if (id == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(labels.of(id).stream().map(Label::getName).toList());
  }
}
