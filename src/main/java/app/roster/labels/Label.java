package app.roster.labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word that organises members ("VIP", "New Customer", "Enterprise"): shown as a coloured chip,
 * used to filter the member list, to trigger Actions and in access conditions. Names are unique
 * regardless of case (and of Unicode compatibility forms); renaming keeps every member's label.
 */
@Entity
@Table(name = "label")
@NamedQuery(name = Label.BY_NAME, query = "SELECT l FROM Label l WHERE l.nameNorm = :name")
@NamedQuery(name = Label.BY_NAMES, query = "SELECT l FROM Label l WHERE l.nameNorm IN :names")
@NamedQuery(name = Label.ALL, query = "SELECT l FROM Label l ORDER BY l.nameNorm")
@NamedQuery(
    name = Label.STARTING,
    query = "SELECT l FROM Label l WHERE l.nameNorm LIKE :prefix ESCAPE '!' ORDER BY l.nameNorm")
public class Label implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BY_NAME = "Label.byName";
  public static final String BY_NAMES = "Label.byNames";
  public static final String ALL = "Label.all";
  public static final String STARTING = "Label.starting";

  public static final int NAME_MAX = 100;
  public static final String DEFAULT_COLOUR = "#6366f1";

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "label_ids")
  @TableGenerator(
      name = "label_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "label",
      allocationSize = 10)
  private Long id;

  private String name;

  @Column(name = "name_norm")
  private String nameNorm;

  private String colour;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Label() {}

  public Label(String name, String colour, Instant now) {
    this.createdAt = now;
    rename(name);
    recolour(colour);
  }

  /**
   * The form two names are compared in: trimmed, inner runs of white space made one space,
   * Unicode-compatibility folded (NFKC, so a full-width "ＶＩＰ" is "VIP") and lower-cased.
   */
  public static String normalize(String name) {
    return Normalizer.normalize(tidy(name), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** The name as it will be shown: trimmed, with inner runs of white space made one space. */
  public static String tidy(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ");
  }

  public static boolean isColour(String colour) {
    return colour != null && COLOUR.matcher(colour).matches();
  }

  void rename(String newName) {
    this.name = tidy(newName);
    this.nameNorm = normalize(newName);
  }

  void recolour(String newColour) {
    this.colour = isColour(newColour) ? newColour.toLowerCase(Locale.ROOT) : DEFAULT_COLOUR;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getNameNorm() {
    return nameNorm;
  }

  public String getColour() {
    return colour;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
