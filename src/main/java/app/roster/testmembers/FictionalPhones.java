package app.roster.testmembers;

import java.util.List;
import java.util.Optional;

/**
 * Phone numbers that belong to nobody, for test members: the ranges the UK regulator keeps for
 * drama and the North American 555-0100 to 555-0199 numbers. Each position of the pool is one
 * number in E.164; once the pool is used up, further test members have no phone.
 */
final class FictionalPhones {

  /** Ranges of 1,000 numbers: an E.164 prefix followed by three digits. */
  private static final List<String> THOUSANDS =
      List.of(
          "+447700900", // mobile
          "+4420794600", // London
          "+4411349600", // Leeds
          "+4411449600", // Sheffield
          "+4411549600", // Nottingham
          "+4411649600", // Leicester
          "+4411749600", // Bristol
          "+4411849600", // Reading
          "+4412149600", // Birmingham
          "+4413149600", // Edinburgh
          "+4414149600", // Glasgow
          "+4415149600", // Liverpool
          "+4416149600", // Manchester
          "+4419149800", // Tyneside
          "+442896496", // Northern Ireland
          "+4429201800", // Cardiff
          "+441632960"); // no area

  /** North American area codes, each with the hundred numbers 555-0100 to 555-0199. */
  private static final List<String> AREA_CODES =
      List.of(
          "201", "202", "203", "205", "206", "207", "208", "209", "210", "212", "213", "214", "215",
          "216", "217", "218", "219", "224", "225", "228", "229", "231", "234", "239", "240", "248",
          "251", "252", "253", "254");

  static final long SIZE = THOUSANDS.size() * 1000L + AREA_CODES.size() * 100L;

  private FictionalPhones() {}

  /** The number at this position of the pool, or empty past its end. */
  static Optional<String> at(long position) {
    if (position < 0 || position >= SIZE) {
      return Optional.empty();
    }
    long uk = THOUSANDS.size() * 1000L;
    if (position < uk) {
      String prefix = THOUSANDS.get((int) (position / 1000));
      return Optional.of(prefix + String.format("%03d", position % 1000));
    }
    long rest = position - uk;
    String area = AREA_CODES.get((int) (rest / 100));
    return Optional.of("+1" + area + "55501" + String.format("%02d", rest % 100));
  }
}
