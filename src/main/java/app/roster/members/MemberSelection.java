package app.roster.members;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows an admin has ticked in People → Members, for every bulk act on them (labelling,
 * archiving, experiments): one selection, so the boxes mean the same whichever button is pressed.
 */
@Named
@ViewScoped
public class MemberSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<MemberSummary> selected = new ArrayList<>();

  public List<MemberSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<MemberSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public List<Long> ids() {
    return selected.stream().map(MemberSummary::getId).toList();
  }

  public int size() {
    return selected.size();
  }

  public boolean isEmpty() {
    return selected.isEmpty();
  }

  public void clear() {
    selected = new ArrayList<>();
  }
}
