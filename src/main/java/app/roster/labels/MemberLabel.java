package app.roster.labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a member carries a label, and since when. */
@Entity
@Table(name = "member_label")
@IdClass(MemberLabel.Key.class)
@NamedQuery(
    name = MemberLabel.LABELS_OF,
    query =
        "SELECT l FROM MemberLabel ml, Label l WHERE ml.labelId = l.id AND ml.memberId = :member"
            + " ORDER BY l.nameNorm")
@NamedQuery(
    name = MemberLabel.LABELS_OF_MANY,
    query =
        "SELECT ml.memberId, l FROM MemberLabel ml, Label l WHERE ml.labelId = l.id"
            + " AND ml.memberId IN :members ORDER BY l.nameNorm")
public class MemberLabel {

  static final String LABELS_OF = "MemberLabel.labelsOf";
  static final String LABELS_OF_MANY = "MemberLabel.labelsOfMany";

  @Id
  @Column(name = "member_id")
  private long memberId;

  @Id
  @Column(name = "label_id")
  private long labelId;

  @Column(name = "added_at")
  private Instant addedAt;

  protected MemberLabel() {}

  MemberLabel(long memberId, long labelId, Instant addedAt) {
    this.memberId = memberId;
    this.labelId = labelId;
    this.addedAt = addedAt;
  }

  public long getMemberId() {
    return memberId;
  }

  public long getLabelId() {
    return labelId;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  /** The primary key: (member_id, label_id). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long memberId;
    private long labelId;

    public Key() {}

    public Key(long memberId, long labelId) {
      this.memberId = memberId;
      this.labelId = labelId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.memberId == memberId && key.labelId == labelId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(memberId) * 31 + Long.hashCode(labelId);
    }
  }
}
