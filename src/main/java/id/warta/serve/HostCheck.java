package id.warta.serve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers only requests whose {@code Host} names this server, against DNS rebinding: a page on another site that
 * points its own name at this machine would otherwise read the preview, drafts and all. A rebinding needs a
 * domain name, so IP addresses (such as the LAN address a phone uses with {@code --bind 0.0.0.0}) and
 * {@code localhost} are always accepted, any port; other names only when given with {@code --allow-host}.
 */
final class HostCheck {
    private final Set<String> allowed = new TreeSet<>();

    /**
     * @param bind  the name or address the server was told to listen on
     * @param extra names allowed with {@code --allow-host}
     */
    HostCheck(String bind, Set<String> extra) {
        allowed.add("localhost");
        allowed.add(bind.toLowerCase(Locale.ROOT));
        extra.forEach(name -> allowed.add(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether a request with this {@code Host} header value (never null) may be answered. */
    boolean accepts(String hostHeader) {
        String host = hostOf(hostHeader.strip().toLowerCase(Locale.ROOT));
        if (host == null) {
            return false;
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return allowed.contains(host) || isIpLiteral(host);
    }

    /** The name or address without the port; IPv6 without its brackets; null when malformed. */
    private static String hostOf(String value) {
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0 || (close + 1 < value.length() && !isPort(value.substring(close + 1)))) {
                return null;
            }
            return value.substring(1, close);
        }
        int colon = value.lastIndexOf(':');
        if (colon >= 0 && !isPort(value.substring(colon))) {
            return null;
        }
        String host = colon >= 0 ? value.substring(0, colon) : value;
        return host.isEmpty() ? null : host;
    }

    private static boolean isPort(String colonAndDigits) {
        return colonAndDigits.matches(":[0-9]{1,5}");
    }

    private static boolean isIpLiteral(String host) {
        if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            for (String part : host.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return host.contains(":") && host.matches("[0-9a-f:.]+");
    }
}
