package io.tradewatch.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A small PromQL reader: the metric names an expression selects, the label names it uses (in matchers and
 * in by/without/on/ignoring/group_left/group_right lists), and counters used without rate() or increase().
 * It only reads names; whether an expression parses is asked of a real Prometheus.
 */
final class PromQl {

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan", "start", "end");

    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");

    private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

    private static final Set<String> COUNTER_FUNCTIONS = Set.of("rate", "increase", "irate");

    private final List<Token> tokens;

    private final Set<String> metrics = new LinkedHashSet<>();

    private final Set<String> labels = new LinkedHashSet<>();

    private final List<String> rawCounters = new ArrayList<>();

    private PromQl(String expression) {
        this.tokens = tokenize(expression);
        read();
    }

    static PromQl of(String expression) {
        return new PromQl(expression);
    }

    Set<String> metrics() {
        return metrics;
    }

    Set<String> labels() {
        return labels;
    }

    /** Counter series (_total, _count, _sum, _bucket) selected outside rate(), increase() or irate(). */
    List<String> countersWithoutRate() {
        return rawCounters;
    }

    private void read() {
        Deque<String> calls = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.kind) {
                case IDENTIFIER -> i = identifier(i, calls);
                case PUNCT -> {
                    if (token.text.equals("{")) {
                        i = matchers(i);
                    }
                    else if (token.text.equals("[")) {
                        i = skipTo(i, "]");
                    }
                    else if (token.text.equals("(")) {
                        calls.push("");
                    }
                    else if (token.text.equals(")") && !calls.isEmpty()) {
                        calls.pop();
                    }
                }
                default -> {
                }
            }
        }
    }

    private int identifier(int i, Deque<String> calls) {
        String name = tokens.get(i).text;
        boolean call = next(i).equals("(");
        if (LABEL_LISTS.contains(name)) {
            if (!call) {
                return i;
            }
            int close = skipTo(i + 1, ")");
            for (int j = i + 2; j < close; j++) {
                if (tokens.get(j).kind == Kind.IDENTIFIER) {
                    labels.add(tokens.get(j).text);
                }
            }
            return close;
        }
        if (KEYWORDS.contains(name)) {
            return next(i).isEmpty() ? i : (name.equals("offset") ? i + 1 : i);
        }
        if (call) {
            calls.push(name);
            return i + 1;
        }
        if (AGGREGATIONS.contains(name)) {
            return i;
        }
        metrics.add(name);
        int after = next(i).equals("{") ? skipTo(i + 1, "}") : i;
        boolean counter = name.matches(".*_(total|count|sum|bucket)") && !name.contains(":");
        boolean ranged = after + 1 < tokens.size() && tokens.get(after + 1).text.equals("[");
        if (counter && !(ranged && COUNTER_FUNCTIONS.contains(calls.isEmpty() ? "" : calls.peek()))) {
            rawCounters.add(name);
        }
        return i;
    }

    /** Reads {label op "value", ...} from the '{' at index i; returns the index of the '}'. */
    private int matchers(int i) {
        int close = skipTo(i, "}");
        for (int j = i + 1; j < close; j++) {
            Token token = tokens.get(j);
            if (token.kind == Kind.IDENTIFIER && j + 1 < close && tokens.get(j + 1).kind == Kind.OPERATOR) {
                labels.add(token.text);
                if (token.text.equals("__name__") && tokens.get(j + 1).text.equals("=") && j + 2 < close) {
                    metrics.add(tokens.get(j + 2).text);
                }
            }
            else if (token.kind == Kind.STRING && j == i + 1) {
                metrics.add(token.text);
            }
        }
        return close;
    }

    private int skipTo(int i, String closing) {
        for (int j = i; j < tokens.size(); j++) {
            if (tokens.get(j).text.equals(closing) && tokens.get(j).kind == Kind.PUNCT) {
                return j;
            }
        }
        throw new IllegalArgumentException("unbalanced expression, no '" + closing + "' after token " + i);
    }

    private String next(int i) {
        return (i + 1 < tokens.size()) ? tokens.get(i + 1).text : "";
    }

    private static List<Token> tokenize(String text) {
        List<Token> result = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            }
            else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            }
            else if (c == '"' || c == '\'' || c == '`') {
                int end = i + 1;
                StringBuilder value = new StringBuilder();
                while (end < text.length() && text.charAt(end) != c) {
                    if (text.charAt(end) == '\\' && c != '`') {
                        end++;
                    }
                    value.append(text.charAt(end));
                    end++;
                }
                result.add(new Token(Kind.STRING, value.toString()));
                i = end + 1;
            }
            else if (Character.isLetter(c) || c == '_' || c == ':') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == ':')) {
                    end++;
                }
                result.add(new Token(Kind.IDENTIFIER, text.substring(i, end)));
                i = end;
            }
            else if (Character.isDigit(c) || c == '.' || c == '$') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
                result.add(new Token(Kind.OTHER, text.substring(i, end)));
                i = end;
            }
            else if ("=!~<>".indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && "=~".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                result.add(new Token(Kind.OPERATOR, text.substring(i, end)));
                i = end;
            }
            else {
                result.add(new Token(Kind.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return result;
    }

    private enum Kind { IDENTIFIER, STRING, OPERATOR, PUNCT, OTHER }

    private record Token(Kind kind, String text) {
    }
}
