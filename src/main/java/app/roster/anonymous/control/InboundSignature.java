package app.roster.anonymous.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature the telephony, SMS and mail systems put on what they post to /api/v1/inbound:
 * {@code X-Roster-Signature: sha256=<hex HMAC-SHA256 of the raw body>}, keyed with the shared
 * secret. Compared in constant time, so the answer's timing tells nothing about the right value.
 */
public final class InboundSignature {

  public static final String HEADER = "X-Roster-Signature";

  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private InboundSignature() {}

  /** The header value for this body: "sha256=" and 64 lower-case hex digits. */
  public static String of(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** Whether the header carries the right signature of the body (hex in either case). */
  public static boolean verifies(String secret, byte[] body, String header) {
    if (header == null) {
      return false;
    }
    String given = header.strip().toLowerCase(Locale.ROOT);
    byte[] expected = of(secret, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII));
  }
}
