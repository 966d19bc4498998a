package app.roster.labels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A label as an admin types it: a name (any script, shown as typed, unique regardless of case) and
 * an optional colour as #rrggbb. Declared once for the Labels page and the API.
 */
public class LabelDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Something visible (a letter, digit or symbol) and nothing hidden or direction-changing. */
  static final String PRINTABLE =
      "^(?!.*[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069])(?=.*[\\p{L}\\p{N}\\p{S}]).*$";

  @NotBlank(message = "{label.name.required}")
  @Size(max = Label.NAME_MAX, message = "{label.name.size}")
  @Pattern(regexp = PRINTABLE, message = "{label.name.characters}")
  private String name;

  @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{label.colour.invalid}")
  private String colour;

  public LabelDraft() {}

  public LabelDraft(String name, String colour) {
    this.name = name;
    this.colour = colour;
  }

  public static LabelDraft of(Label label) {
    return new LabelDraft(label.getName(), label.getColour());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }
}
