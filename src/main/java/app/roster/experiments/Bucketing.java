package app.roster.experiments;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Which group a member falls into when first assigned: SHA-256 of the experiment key and the member
 * id, read as an unsigned 64-bit number, taken modulo the total weight and laid onto the groups'
 * cumulative weights in their order. The same key and member give the same group on every instance
 * and after every restart; nothing random and nothing stored is involved.
 */
public final class Bucketing {

  private Bucketing() {}

  /**
   * The index of the group in {@code weights} (non-negative, at least one positive) that the member
   * falls into.
   */
  public static int groupIndex(String experimentKey, long memberId, List<Integer> weights) {
    long total = 0;
    for (int weight : weights) {
      total += weight;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("At least one group needs a positive weight");
    }
    long point = Long.remainderUnsigned(hash(experimentKey, memberId), total);
    long upTo = 0;
    for (int i = 0; i < weights.size(); i++) {
      upTo += weights.get(i);
      if (point < upTo) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable: point " + point + " beyond total " + total);
  }

  /** The first 64 bits of SHA-256 over "key:memberId" (UTF-8). */
  static long hash(String experimentKey, long memberId) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha256.digest((experimentKey + ":" + memberId).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
