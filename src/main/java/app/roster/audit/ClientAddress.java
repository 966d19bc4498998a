package app.roster.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which address a request came from. The connection's address, unless it is one of the trusted
 * proxies (roster.trusted-proxies, a comma-separated list of exact addresses): then the nearest
 * address in X-Forwarded-For that is not itself a trusted proxy. A header from anyone else is
 * ignored, since any client can write it.
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  public ClientAddress(String trustedProxies) {
    this.trustedProxies =
        trustedProxies == null
            ? Set.of()
            : Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  public String of(String remoteAddress, String forwardedFor) {
    if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
      return remoteAddress;
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(hops.get(i))) {
        return limited(hops.get(i));
      }
    }
    return remoteAddress;
  }

  private static String limited(String address) {
    return address.length() > 64 ? address.substring(0, 64) : address;
  }
}
