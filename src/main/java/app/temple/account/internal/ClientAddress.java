package app.temple.account.internal;

import jakarta.servlet.http.HttpServletRequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address a request came from (behind a trusted proxy, the forwarded one), for rate limits only. An IPv6
 * address counts by its /64 network: one subscriber is usually given a whole /64, so counting single addresses
 * would give her 2^64 fresh buckets.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return limitedAs(request.getRemoteAddr());
    }

    /** The address as rate limits count it: an IPv4 address as it is, an IPv6 address as its /64 network. */
    static String limitedAs(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // a literal with a colon is parsed, never looked up by name
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address
            }
            byte[] network = parsed.getAddress();
            return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", network[0], network[1], network[2],
                    network[3], network[4], network[5], network[6], network[7]);
        } catch (UnknownHostException e) {
            return address; // not an address at all: limited as the text it is
        }
    }
}
