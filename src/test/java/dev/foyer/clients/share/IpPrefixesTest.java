package dev.foyer.clients.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

/** A view keeps the viewer's network, never the host. */
class IpPrefixesTest {

    @Test
    void keepsTheSlash24OfAnIpv4Address() throws UnknownHostException {
        assertThat(IpPrefixes.of(InetAddress.getByName("203.0.113.77"))).isEqualTo("203.0.113.0/24");
    }

    @Test
    void keepsTheSlash48OfAnIpv6Address() throws UnknownHostException {
        assertThat(IpPrefixes.of(InetAddress.getByName("2001:db8:1234:5678:9abc::1"))).isEqualTo("2001:db8:1234::/48");
        assertThat(IpPrefixes.of(InetAddress.getByName("2001:db8::7"))).isEqualTo("2001:db8::/48");
    }

    @Test
    void treatsAnIpv4MappedAddressAsIpv4() throws UnknownHostException {
        assertThat(IpPrefixes.of(InetAddress.getByName("::ffff:198.51.100.9"))).isEqualTo("198.51.100.0/24");
    }
}
