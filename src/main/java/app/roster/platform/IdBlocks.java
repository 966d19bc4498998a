package app.roster.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Ids for rows written in bulk by SQL (one INSERT ... SELECT for thousands of rows) rather than one
 * entity at a time. They come from the same id_sequence rows that the entities' table generators
 * use, the same way: the counter moves by the block's size and the block is the ids up to its new
 * value, so entities and bulk rows never share an id.
 */
@Stateless
public class IdBlocks {

  @PersistenceContext EntityManager em;

  /** The first of {@code count} consecutive ids reserved from {@code sequence}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long reserve(String sequence, int count) {
    int moved =
        em.createNativeQuery("UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = ?")
            .setParameter(1, count)
            .setParameter(2, sequence)
            .executeUpdate();
    if (moved != 1) {
      throw new IllegalStateException("No id sequence named " + sequence);
    }
    Number last =
        (Number)
            em.createNativeQuery("SELECT seq_count FROM id_sequence WHERE seq_name = ?")
                .setParameter(1, sequence)
                .getSingleResult();
    return last.longValue() - count + 1;
  }
}
