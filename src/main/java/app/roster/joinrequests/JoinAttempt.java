package app.roster.joinrequests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** One submission of /join, whatever became of it: what the limits per email and address count. */
@Entity
@Table(name = "join_attempt")
@NamedQuery(
    name = JoinAttempt.RECENT_BY_EMAIL,
    query =
        "SELECT a.attemptedAt FROM JoinAttempt a WHERE a.emailNorm = :key"
            + " AND a.attemptedAt > :since AND a.attemptedAt <= :now ORDER BY a.attemptedAt DESC")
@NamedQuery(
    name = JoinAttempt.RECENT_BY_ADDRESS,
    query =
        "SELECT a.attemptedAt FROM JoinAttempt a WHERE a.clientAddress = :key"
            + " AND a.attemptedAt > :since AND a.attemptedAt <= :now ORDER BY a.attemptedAt DESC")
public class JoinAttempt {

  public static final String RECENT_BY_EMAIL = "JoinAttempt.recentByEmail";
  public static final String RECENT_BY_ADDRESS = "JoinAttempt.recentByAddress";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "join_attempt_ids")
  @TableGenerator(
      name = "join_attempt_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "join_attempt",
      allocationSize = 50)
  private Long id;

  @Column(name = "email_norm")
  private String emailNorm;

  @Column(name = "client_address")
  private String clientAddress;

  @Column(name = "attempted_at")
  private Instant attemptedAt;

  protected JoinAttempt() {}

  JoinAttempt(String emailNorm, String clientAddress, Instant attemptedAt) {
    this.emailNorm = emailNorm;
    this.clientAddress = clientAddress;
    this.attemptedAt = attemptedAt;
  }
}
