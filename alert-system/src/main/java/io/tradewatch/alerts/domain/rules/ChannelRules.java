package io.tradewatch.alerts.domain.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.tradewatch.alerts.domain.ChannelTarget;
import io.tradewatch.alerts.domain.ChannelType;
import io.tradewatch.alerts.domain.delivery.TargetPolicy;
import io.tradewatch.alerts.domain.rules.RuleDraft.ChannelDraft;

/**
 * Validates a rule's channels: one to five, each a known type, and webhook URLs allowed by the
 * {@link TargetPolicy} without resolving names (the delivery checks the resolved addresses again before
 * connecting).
 */
final class ChannelRules {

    static final int MAX_CHANNELS = 5;

    static final int MAX_URL = 2048;

    private final TargetPolicy targets;

    ChannelRules(TargetPolicy targets) {
        this.targets = targets;
    }

    List<ChannelTarget> channels(@Nullable List<@Nullable ChannelDraft> drafts, List<RuleProblem> problems) {
        if (drafts == null || drafts.isEmpty()) {
            problems.add(new RuleProblem("channels", "needs at least one channel, such as {\"type\":\"log\"}"));
            return List.of();
        }
        if (drafts.size() > MAX_CHANNELS) {
            problems.add(new RuleProblem("channels", "allows at most " + MAX_CHANNELS + " channels"));
            return List.of();
        }
        List<ChannelTarget> channels = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ChannelTarget channel = channel("channels[" + i + "]", drafts.get(i), problems);
            if (channel != null && !channels.contains(channel)) {
                channels.add(channel);
            }
        }
        return channels;
    }

    private @Nullable ChannelTarget channel(String path, @Nullable ChannelDraft draft, List<RuleProblem> problems) {
        if (draft == null) {
            problems.add(new RuleProblem(path, "must be an object with a type"));
            return null;
        }
        ChannelType type = RuleValidator.required(path + ".type", draft.type(), problems, ChannelType::parse,
                "must be one of webhook, slack, log");
        if (type == null) {
            return null;
        }
        if (!type.needsUrl()) {
            if (draft.url() != null) {
                problems.add(new RuleProblem(path + ".url", "is not used by the log channel; leave it out"));
            }
            return ChannelTarget.log();
        }
        URI url = url(path + ".url", draft.url(), problems);
        return (url != null) ? new ChannelTarget(type, url) : null;
    }

    private @Nullable URI url(String field, @Nullable String text, List<RuleProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new RuleProblem(field, "is required for webhook and slack channels"));
            return null;
        }
        if (text.length() > MAX_URL) {
            problems.add(new RuleProblem(field, "must be at most " + MAX_URL + " characters"));
            return null;
        }
        try {
            URI url = new URI(text.trim());
            Optional<String> refused = targets.checkUrl(url);
            refused.ifPresent(reason -> problems.add(new RuleProblem(field, reason)));
            return refused.isPresent() ? null : url;
        }
        catch (URISyntaxException ex) {
            problems.add(new RuleProblem(field, "is not a valid URL: " + ex.getReason()));
            return null;
        }
    }
}
