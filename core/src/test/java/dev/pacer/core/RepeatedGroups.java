package dev.pacer.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The groups of a pattern that repeat ({@code *}, {@code +} or {@code {m,n}} after them), each as its alternatives, a
 * nested group that is a whole alternative read as its own alternatives: what {@link DeferralRuleTest} checks for
 * alternatives that read one character two ways. Reads escapes and classes as Java's regex does; groups with flags,
 * named groups and lookarounds that repeat are not listed (the rules have none).
 */
final class RepeatedGroups {
    private RepeatedGroups() {
    }

    static List<List<String>> of(String pattern) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(pattern, i);
            } else if (c == '(') {
                int end = groupEnd(pattern, i);
                String body = pattern.substring(i + 1, Math.max(end, i + 1));
                if (end > 0 && end + 1 < pattern.length() && "*+{".indexOf(pattern.charAt(end + 1)) >= 0
                    && (body.startsWith("?:") || !body.startsWith("?"))) {
                    List<String> alternatives = new ArrayList<>();
                    addAlternatives(body.startsWith("?:") ? body.substring(2) : body, alternatives);
                    if (alternatives.size() > 1) {
                        groups.add(alternatives);
                    }
                }
            }
        }
        return groups;
    }

    private static void addAlternatives(String body, List<String> alternatives) {
        int depth = 0;
        int start = 0;
        for (int j = 0; j <= body.length(); j++) {
            char c = j < body.length() ? body.charAt(j) : '|';
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = classEnd(body, j);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String alternative = body.substring(start, j);
                if (alternative.startsWith("(?:") && groupEnd(alternative, 0) == alternative.length() - 1) {
                    addAlternatives(alternative.substring(3, alternative.length() - 1), alternatives);
                } else {
                    alternatives.add(alternative);
                }
                start = j + 1;
            }
        }
    }

    /** The index of the ']' closing the class opened at {@code open}, nested classes included. */
    private static int classEnd(String pattern, int open) {
        int depth = 0;
        for (int j = open; j < pattern.length(); j++) {
            char c = pattern.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && j > open + 1 && !(j == open + 2 && pattern.charAt(open + 1) == '^')) {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return pattern.length() - 1;
    }

    /** The index of the ')' closing the group opened at {@code open}, or -1. */
    private static int groupEnd(String pattern, int open) {
        int depth = 0;
        for (int j = open; j < pattern.length(); j++) {
            char c = pattern.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = classEnd(pattern, j);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }
}
