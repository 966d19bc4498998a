package app.roster.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's used heap right after a full GC, read with the JDK's jcmd. */
final class Heap {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private Heap() {}

  static String afterGc(long pid) {
    OptionalDouble used = usedMbAfterGc(pid);
    return used.isPresent() ? format(used.getAsDouble()) : "n/a";
  }

  /** The used heap in MB after a full GC; empty without a process id or when jcmd fails. */
  static OptionalDouble usedMbAfterGc(long pid) {
    if (pid <= 0) {
      return OptionalDouble.empty();
    }
    try {
      jcmd(pid, "GC.run");
      Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
      return used.find()
          ? OptionalDouble.of(Long.parseLong(used.group(1)) / 1024.0)
          : OptionalDouble.empty();
    } catch (IOException | InterruptedException e) {
      return OptionalDouble.empty();
    }
  }

  static String format(double mb) {
    return String.format(Locale.ROOT, "%.0f MB", mb);
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    String java = System.getProperty("java.home");
    Process process =
        new ProcessBuilder(java + "/bin/jcmd", String.valueOf(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return out;
  }
}
