package io.tradewatch.gateway.domain;

import java.util.List;

/**
 * Which role a call needs. Reads need VIEWER; placing or cancelling orders and writing strategies,
 * backtests and alert rules need TRADER; risk limits, the kill switch, API keys and every write not
 * named here need ADMIN (deny by default).
 */
public final class AccessPolicy {

    private static final List<String> TRADER_WRITES = List.of("/api/orders", "/api/strategies", "/api/backtests",
            "/api/alerts");

    private static final String ADMIN_AREA = "/api/admin";

    private AccessPolicy() {
    }

    /** The least role that may call {@code method} on {@code path} (a normalized request path). */
    public static Role requiredRole(String method, String path) {
        if (isUnder(path, ADMIN_AREA)) {
            return Role.ADMIN;
        }
        if (isRead(method)) {
            return Role.VIEWER;
        }
        for (String prefix : TRADER_WRITES) {
            if (isUnder(path, prefix)) {
                return Role.TRADER;
            }
        }
        return Role.ADMIN;
    }

    /** GET, HEAD and OPTIONS change nothing; every other method is a write. */
    public static boolean isRead(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    /** True when {@code path} is {@code prefix} itself or below it ({@code /api/orders2} is not below {@code /api/orders}). */
    static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/');
    }
}
