package app.roster.experiments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An experiment as an admin writes it. The key is a slug that conditions name; groups need distinct
 * names and at least one positive weight, which {@link Experiments} checks along with the
 * eligibility condition (type-checked like every CEL condition).
 */
public class ExperimentDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_WEIGHT = 10_000;

  @NotBlank(message = "{experiment.key.required}")
  @Size(max = 64, message = "{experiment.key.size}")
  @Pattern(regexp = "^[a-z0-9]+([-_][a-z0-9]+)*$", message = "{experiment.key.slug}")
  private String key;

  @NotBlank(message = "{experiment.name.required}")
  @Size(max = 200, message = "{experiment.name.size}")
  private String name;

  @Pattern(regexp = "^(draft|running|stopped)$", message = "{experiment.status.unknown}")
  private String status = ExperimentStatus.DRAFT.word();

  @Size(max = 2000, message = "{experiment.condition.size}")
  private String condition;

  @NotNull(message = "{experiment.groups.few}")
  @Size(min = 2, max = 20, message = "{experiment.groups.few}")
  private List<@Valid @NotNull GroupDraft> groups = new ArrayList<>();

  /** One group: a name and its relative weight (0 to 10,000). */
  public static class GroupDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{experiment.group.name.required}")
    @Size(max = 64, message = "{experiment.group.name.size}")
    private String name;

    @Min(value = 0, message = "{experiment.group.weight.range}")
    @Max(value = MAX_WEIGHT, message = "{experiment.group.weight.range}")
    private int weight;

    public GroupDraft() {}

    public GroupDraft(String name, int weight) {
      this.name = name;
      this.weight = weight;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public int getWeight() {
      return weight;
    }

    public void setWeight(int weight) {
      this.weight = weight;
    }
  }

  public ExperimentDraft() {}

  public static ExperimentDraft of(Experiment experiment) {
    ExperimentDraft draft = new ExperimentDraft();
    draft.key = experiment.getKey();
    draft.name = experiment.getName();
    draft.status = experiment.getStatus().word();
    draft.condition = experiment.getCondition();
    for (ExperimentGroup group : experiment.getGroups()) {
      draft.groups.add(new GroupDraft(group.getName(), group.getWeight()));
    }
    return draft;
  }

  /** The condition stripped, or null when there is none (every active member is eligible). */
  String conditionOrNull() {
    return condition == null || condition.isBlank() ? null : condition.strip();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public List<GroupDraft> getGroups() {
    return groups;
  }

  public void setGroups(List<GroupDraft> groups) {
    this.groups = groups;
  }
}
