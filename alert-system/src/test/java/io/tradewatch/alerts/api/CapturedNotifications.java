package io.tradewatch.alerts.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Alertmanager notifications captured from a real Alertmanager (see
 * {@code src/test/resources/alertmanager/README.md}), as sent, and with new fingerprints for tests that need
 * alerts of their own.
 */
final class CapturedNotifications {

    private static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\":\"([0-9a-f]+)\"");

    private CapturedNotifications() {
    }

    /** {@code firing.json} or {@code resolved.json}, byte for byte. */
    static String read(String name) {
        try (InputStream in = CapturedNotifications.class.getResourceAsStream("/alertmanager/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No captured notification /alertmanager/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The payload with its alerts' fingerprints replaced, in order, by the ones given (one per alert). */
    static String withFingerprints(String payload, String... fingerprints) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FINGERPRINT.matcher(payload);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        if (found.size() != fingerprints.length) {
            throw new IllegalArgumentException("The payload has " + found.size() + " alerts, not " + fingerprints.length);
        }
        String replaced = payload;
        for (int i = 0; i < fingerprints.length; i++) {
            replaced = replaced.replace(found.get(i), fingerprints[i]);
        }
        return replaced;
    }
}
