package app.roster.experiments;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;

/** One arm of an experiment ("control", "variant") and its relative weight for new members. */
@Entity
@Table(name = "experiment_group")
public class ExperimentGroup implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "experiment_group_ids")
  @TableGenerator(
      name = "experiment_group_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "experiment_group",
      allocationSize = 10)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "experiment_id")
  private Experiment experiment;

  private String name;

  private int weight;

  private int position;

  protected ExperimentGroup() {}

  ExperimentGroup(Experiment experiment, String name) {
    this.experiment = experiment;
    this.name = name;
  }

  void place(int weight, int position) {
    this.weight = weight;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Experiment getExperiment() {
    return experiment;
  }

  public String getName() {
    return name;
  }

  public int getWeight() {
    return weight;
  }

  public int getPosition() {
    return position;
  }
}
