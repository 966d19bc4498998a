package app.roster.labels;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A label as the REST API shows it, with the number of members that carry it when known. */
@JsonbPropertyOrder({"id", "name", "colour", "members", "version"})
public record LabelJson(long id, String name, String colour, Long members, long version) {

  public static LabelJson of(Label label) {
    return new LabelJson(
        label.getId(), label.getName(), label.getColour(), null, label.getVersion());
  }

  public static LabelJson of(LabelUsage usage) {
    Label label = usage.label();
    return new LabelJson(
        label.getId(), label.getName(), label.getColour(), usage.members(), label.getVersion());
  }
}
