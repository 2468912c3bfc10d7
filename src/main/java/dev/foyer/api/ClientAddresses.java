package dev.foyer.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The address a request came from, for throttles and for the views a share link records.
 * {@code X-Forwarded-For} is believed only when the connection comes from a configured proxy, and
 * then only the hops that proxies added: a client cannot pick its own address by sending the header.
 */
@Component
public class ClientAddresses {

    private final List<Cidr> trusted;

    ClientAddresses(Properties properties) {
        this.trusted = properties.trustedProxies().stream().map(Cidr::parse).toList();
    }

    public InetAddress of(HttpServletRequest request) {
        InetAddress address = parse(request.getRemoteAddr());
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !isTrusted(address)) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = parseOrNull(hops[i].strip());
            if (hop == null) {
                return address;
            }
            address = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return address;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }

    private static InetAddress parse(String literal) {
        InetAddress address = parseOrNull(literal);
        if (address == null) {
            throw new IllegalStateException("not an IP address: " + literal);
        }
        return address;
    }

    /** Parses IP literals only: never a DNS lookup for what a header says. */
    static InetAddress parseOrNull(String literal) {
        if (literal == null || literal.isEmpty() || !literal.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * @param trustedProxies the proxies in front of Foyer, as CIDR blocks ({@code 10.0.0.0/8}); none by default
     */
    @ConfigurationProperties("foyer.http")
    public record Properties(@DefaultValue List<String> trustedProxies) {
    }

    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.strip().split("/");
            InetAddress address = parseOrNull(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("foyer.http.trusted-proxies: not a CIDR block: " + text);
            }
            int bits = address.getAddress().length * 8;
            int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : bits;
            return new Cidr(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
