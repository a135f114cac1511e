package fi.polku.web.internal.session;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address a login came from. Behind a reverse proxy every request comes from the proxy, so
 * the proxy's {@code X-Forwarded-For} is read, but only when the request really comes from a
 * proxy the configuration trusts: anyone else could write the header themselves.
 */
final class ClientAddress {
    /** IPv4 or IPv6 as written in the header; anything else is not taken for an address. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private ClientAddress() {}

    static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        // Walk back from the nearest hop: the first address no trusted proxy stands for is the client.
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).trim();
            if (!ADDRESS.matcher(hop).matches()) {
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
