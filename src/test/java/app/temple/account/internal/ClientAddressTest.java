package app.temple.account.internal;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsCountedAsItIs() {
        assertThat(ClientAddress.limitedAs("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.limitedAs("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64() {
        String network = ClientAddress.limitedAs("2001:db8:1:2::1");

        assertThat(network).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(ClientAddress.limitedAs("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).isEqualTo(network);
        assertThat(ClientAddress.limitedAs("2001:db8:1:3::1")).isNotEqualTo(network);
    }

    @Test
    void readsTheRequestsAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("2001:db8:aa:bb:1:2:3:4");

        assertThat(ClientAddress.of(request)).isEqualTo("2001:0db8:00aa:00bb::/64");
    }

    @Test
    void somethingThatIsNoAddressIsCountedAsItsText() {
        assertThat(ClientAddress.limitedAs("not:an:address:at:all")).isEqualTo("not:an:address:at:all");
        assertThat(ClientAddress.limitedAs(null)).isEmpty();
    }
}
