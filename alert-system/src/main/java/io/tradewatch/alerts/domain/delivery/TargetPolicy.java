package io.tradewatch.alerts.domain.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which webhook URLs and addresses alerts may be sent to, so an alert rule cannot be used to reach
 * internal services. Refused by default: loopback (unless {@code allowLoopback}), private, shared (CGNAT),
 * link-local, cloud metadata, multicast and reserved addresses, and cluster-internal names. Networks listed in
 * {@code allowedNetworks} are let through (metadata addresses never are); a non-empty {@code allowedHosts}
 * admits only those hosts ({@code *.example.com} admits subdomains).
 */
public final class TargetPolicy {

    private static final List<Cidr> METADATA = cidrs("169.254.169.254/32", "169.254.170.2/32", "100.100.100.200/32",
            "168.63.129.16/32", "fd00:ec2::254/128");

    private static final List<Cidr> LOOPBACK = cidrs("127.0.0.0/8", "::1/128");

    private static final List<Cidr> INTERNAL = cidrs("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16",
            "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "fc00::/7", "fe80::/10", "fec0::/10",
            "ff00::/8", "2001:db8::/32");

    private static final List<String> INTERNAL_NAMES = List.of("metadata", "metadata.google.internal", "kubernetes",
            "kubernetes.default");

    private static final List<String> INTERNAL_SUFFIXES = List.of(".svc", ".svc.cluster.local", ".cluster.local",
            ".internal", ".local", ".localdomain");

    private final boolean allowLoopback;

    private final List<Cidr> allowedNetworks;

    private final List<String> allowedHosts;

    public TargetPolicy(boolean allowLoopback, List<Cidr> allowedNetworks, List<String> allowedHosts) {
        this.allowLoopback = allowLoopback;
        this.allowedNetworks = List.copyOf(allowedNetworks);
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why {@code url} may not be used, without resolving its name; empty when it passes these checks. */
    public Optional<String> checkUrl(URI url) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("must be an http or https URL");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("must name a host");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials in the URL");
        }
        return checkHost(host);
    }

    /** Why {@code host} (a name or an IP literal) may not be used, without resolving it. */
    public Optional<String> checkHost(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "").replaceAll("\\.$", "");
        if (!allowedHosts.isEmpty() && allowedHosts.stream().noneMatch(pattern -> matches(pattern, name))) {
            return Optional.of("host " + name + " is not in the allowed hosts");
        }
        if (isIpLiteral(name)) {
            try {
                return checkAddress(InetAddress.getByName(name));
            }
            catch (UnknownHostException ex) {
                return Optional.of("host " + name + " is not a valid address");
            }
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback host " + name + " is not allowed");
        }
        if (INTERNAL_NAMES.contains(name) || INTERNAL_SUFFIXES.stream().anyMatch(name::endsWith)
                || !name.contains(".")) {
            return Optional.of("host " + name + " looks cluster-internal and is not allowed");
        }
        return Optional.empty();
    }

    /** Why {@code address} may not be connected to; empty when it may. */
    public Optional<String> checkAddress(InetAddress address) {
        InetAddress effective = embeddedIpv4(address).orElse(address);
        if (in(METADATA, effective) || in(METADATA, address)) {
            return Optional.of("address " + address.getHostAddress() + " is a cloud metadata address");
        }
        if (in(allowedNetworks, effective)) {
            return Optional.empty();
        }
        if (in(LOOPBACK, effective)) {
            return allowLoopback ? Optional.empty()
                    : Optional.of("address " + address.getHostAddress() + " is loopback");
        }
        if (in(INTERNAL, effective) || effective.isAnyLocalAddress() || effective.isLinkLocalAddress()
                || effective.isSiteLocalAddress() || effective.isMulticastAddress()) {
            return Optional.of("address " + address.getHostAddress() + " is private, link-local or reserved");
        }
        return Optional.empty();
    }

    /**
     * Resolves {@code host} and returns its addresses only if every one of them is allowed: a name that
     * points at both a public and an internal address is refused outright.
     */
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        Optional<String> problem = checkHost(host);
        if (problem.isPresent()) {
            throw new TargetNotAllowedException(problem.get());
        }
        List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getAllByName(host)));
        for (InetAddress address : addresses) {
            Optional<String> refused = checkAddress(address);
            if (refused.isPresent()) {
                throw new TargetNotAllowedException("host " + host + " resolves to a refused address: " + refused.get());
            }
        }
        return addresses;
    }

    private static boolean isIpLiteral(String name) {
        return name.contains(":") || name.matches("[0-9.]+");
    }

    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = address.getAddress();
        boolean mapped = zero(bytes, 0, 10) && bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
        boolean compatible = zero(bytes, 0, 12) && !zero(bytes, 12, 16) && !(zero(bytes, 12, 15) && bytes[15] == 1);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xFF && bytes[3] == (byte) 0x9B
                && zero(bytes, 4, 12);
        int offset = (mapped || compatible || nat64) ? 12 : -1;
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            offset = 2;
        }
        if (offset < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] { bytes[offset], bytes[offset + 1],
                    bytes[offset + 2], bytes[offset + 3] }));
        }
        catch (UnknownHostException ex) {
            return Optional.empty();
        }
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String pattern, String host) {
        return pattern.startsWith("*.") ? host.endsWith(pattern.substring(1)) : pattern.equals(host);
    }

    private static boolean in(List<Cidr> networks, InetAddress address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    private static List<Cidr> cidrs(String... texts) {
        return List.of(texts).stream().map(Cidr::parse).toList();
    }
}
