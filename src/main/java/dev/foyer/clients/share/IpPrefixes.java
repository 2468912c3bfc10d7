package dev.foyer.clients.share;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network a view came from, not the host: an IPv4 address cut to its /24, an IPv6 address to its
 * /48. Enough for a realtor to tell one landlord's office from another, too little to point at a person.
 */
final class IpPrefixes {

    private IpPrefixes() {
    }

    static String of(InetAddress address) {
        boolean v4 = address instanceof Inet4Address;
        int prefix = v4 ? 24 : 48;
        byte[] bytes = address.getAddress();
        for (int i = prefix / 8; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        try {
            String network = InetAddress.getByAddress(bytes).getHostAddress();
            return (v4 ? network : compress(network)) + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of a valid length", e);
        }
    }

    /** The JDK writes all eight groups; past a /48 the last five are zeros, written {@code ::} as usual. */
    private static String compress(String full) {
        return full.replaceFirst("(:0)+$", "") + "::";
    }
}
