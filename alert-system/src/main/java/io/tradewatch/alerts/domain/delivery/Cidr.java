package io.tradewatch.alerts.domain.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 or IPv6 network ({@code 10.0.0.0/8}, {@code fc00::/7}) and whether an address is inside it. */
public record Cidr(byte[] network, int prefix, String text) {

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String host = (slash < 0) ? text.trim() : text.substring(0, slash).trim();
        if (!host.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP network: " + text);
        }
        try {
            byte[] network = InetAddress.getByName(host).getAddress();
            int prefix = (slash < 0) ? network.length * 8 : Integer.parseInt(text.substring(slash + 1).trim());
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range in " + text);
            }
            return new Cidr(network, prefix, text.trim());
        }
        catch (UnknownHostException | NumberFormatException ex) {
            throw new IllegalArgumentException("not an IP network: " + text, ex);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && cidr.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
