package io.tradewatch.alerts.domain.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetPolicyTests {

    private final TargetPolicy strict = new TargetPolicy(false, List.of(), List.of());

    private final TargetPolicy local = new TargetPolicy(true, List.of(), List.of());

    @ParameterizedTest
    @ValueSource(strings = { "http://169.254.169.254/latest/meta-data/", "http://169.254.170.2/v2/credentials",
            "http://100.100.100.200/latest", "http://[fd00:ec2::254]/", "http://10.0.0.7/hook", "http://172.20.1.1/",
            "http://192.168.1.10:8080/", "http://100.64.0.1/", "http://0.0.0.0:8085/", "http://[fe80::1]/",
            "http://[fc00::5]/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a00:1]/",
            "http://224.0.0.1/", "http://127.0.0.1:9185/actuator", "http://[::1]/", "http://localhost:8080/",
            "http://metadata.google.internal/computeMetadata/v1/", "http://risk-manager.tradewatch.svc.cluster.local/",
            "http://kubernetes.default.svc/api", "http://risk-manager/", "http://printer.local/", "file:///etc/passwd",
            "gopher://example.com/", "http://user:pass@example.com/" })
    void refusesInternalAndNonHttpTargetsByDefault(String url) {
        assertThat(strict.checkUrl(URI.create(url))).as(url).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://hooks.slack.com/services/T0/B0/x", "https://example.com/hook", "http://8.8.8.8/",
            "http://[2606:4700::1111]/" })
    void allowsPublicTargets(String url) {
        assertThat(strict.checkUrl(URI.create(url))).as(url).isEmpty();
    }

    @Test
    void loopbackIsAllowedOnlyWhenTheLocalProfileSaysSo() {
        assertThat(local.checkUrl(URI.create("http://127.0.0.1:8085/hook"))).isEmpty();
        assertThat(local.checkUrl(URI.create("http://localhost:8085/hook"))).isEmpty();
        assertThat(local.checkUrl(URI.create("http://[::1]/hook"))).isEmpty();
        assertThat(local.checkUrl(URI.create("http://169.254.169.254/"))).isPresent();
        assertThat(local.checkUrl(URI.create("http://10.0.0.1/"))).isPresent();
    }

    @Test
    void allowedNetworksLetPrivateTargetsThroughButNeverMetadata() {
        TargetPolicy policy = new TargetPolicy(false, List.of(Cidr.parse("10.20.0.0/16"), Cidr.parse("169.254.0.0/16")),
                List.of());

        assertThat(policy.checkUrl(URI.create("http://10.20.3.4/hook"))).isEmpty();
        assertThat(policy.checkUrl(URI.create("http://10.21.3.4/hook"))).isPresent();
        assertThat(policy.checkUrl(URI.create("http://169.254.169.254/"))).isPresent();
    }

    @Test
    void allowedHostsRestrictTargetsToThoseHosts() {
        TargetPolicy policy = new TargetPolicy(false, List.of(), List.of("hooks.slack.com", "*.example.com"));

        assertThat(policy.checkUrl(URI.create("https://hooks.slack.com/services/x"))).isEmpty();
        assertThat(policy.checkUrl(URI.create("https://alerts.example.com/x"))).isEmpty();
        assertThat(policy.checkUrl(URI.create("https://example.org/x"))).isPresent();
    }

    @Test
    void resolvingANameToARefusedAddressFailsBeforeAnyConnection() {
        assertThatThrownBy(() -> strict.resolve("127.0.0.1")).isInstanceOf(TargetNotAllowedException.class);
        assertThatThrownBy(() -> strict.resolve("localhost")).isInstanceOf(TargetNotAllowedException.class);
    }

    @Test
    void resolvingAllowedLoopbackReturnsTheAddressesConnectedTo() throws UnknownHostException {
        assertThat(local.resolve("127.0.0.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void cidrMatchesByPrefix() {
        Cidr network = Cidr.parse("172.16.0.0/12");

        assertThat(network.contains(address("172.31.255.255"))).isTrue();
        assertThat(network.contains(address("172.32.0.0"))).isFalse();
        assertThat(network.contains(address("::1"))).isFalse();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        }
        catch (UnknownHostException ex) {
            throw new IllegalArgumentException(ex);
        }
    }
}
