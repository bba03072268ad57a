package io.tradewatch.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.tradewatch.deploy.Yamls.at;
import static io.tradewatch.deploy.Yamls.list;
import static io.tradewatch.deploy.Yamls.map;
import static io.tradewatch.deploy.Yamls.maps;
import static io.tradewatch.deploy.Yamls.strings;

/** Who may reach a pod's port, as the rendered NetworkPolicies say. */
record NetworkPolicies(List<Map<String, Object>> policies) {

    enum Source { ANYWHERE, MONITORING, GATEWAY, ALERTMANAGER, OTHER }

    boolean hasDefaultDeny() {
        return policies.stream()
            .anyMatch(policy -> map(at(policy, "spec", "podSelector")).isEmpty()
                    && list(at(policy, "spec", "policyTypes")).contains("Ingress")
                    && list(at(policy, "spec", "ingress")).isEmpty());
    }

    List<Source> sources(Map<String, String> podLabels, String portName, int portNumber) {
        List<Source> sources = new ArrayList<>();
        for (Map<String, Object> policy : policies) {
            Map<String, Object> selector = map(at(policy, "spec", "podSelector"));
            if (selector.isEmpty() || !Manifests.selects(selector, podLabels)) {
                continue;
            }
            for (Map<String, Object> rule : maps(at(policy, "spec", "ingress"))) {
                List<Map<String, Object>> ports = maps(rule.get("ports"));
                boolean coversPort = ports.isEmpty() || ports.stream()
                    .anyMatch(port -> portName.equals(port.get("port")) || Integer.valueOf(portNumber).equals(port.get("port")));
                if (coversPort) {
                    List<Map<String, Object>> peers = maps(rule.get("from"));
                    if (peers.isEmpty()) {
                        sources.add(Source.ANYWHERE);
                    }
                    peers.forEach(peer -> sources.add(source(peer)));
                }
            }
        }
        return sources.stream().distinct().toList();
    }

    private static Source source(Map<String, Object> peer) {
        Map<String, String> namespace = strings(at(peer, "namespaceSelector", "matchLabels"));
        Map<String, String> pods = strings(at(peer, "podSelector", "matchLabels"));
        boolean monitoring = namespace.equals(Map.of("kubernetes.io/metadata.name", "monitoring"));
        if (peer.containsKey("ipBlock") || (peer.containsKey("namespaceSelector") && !monitoring)) {
            return Source.OTHER;
        }
        if (monitoring) {
            return pods.equals(Map.of("app.kubernetes.io/name", "alertmanager")) ? Source.ALERTMANAGER
                    : peer.containsKey("podSelector") ? Source.OTHER : Source.MONITORING;
        }
        return pods.equals(Map.of("app.kubernetes.io/name", "api-gateway")) ? Source.GATEWAY : Source.OTHER;
    }
}
