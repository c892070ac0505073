package dev.pacer.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The groups of a pattern that repeat ({@code *}, {@code +} or {@code {m,n}} after them), each as its alternatives (a
 * nested group that is a whole alternative read as its own alternatives), and whether two alternatives of one read the
 * same character at the same place: each way is tried before a match fails, 2^n of them for n such characters in a
 * row (Java's regex remembers where a greedy star failed, not a bounded or lazy repetition). Reads escapes and classes
 * as Java's regex does; groups with flags, named groups and lookarounds that repeat are not listed.
 */
final class RepeatedGroups {
    // What may follow the character two alternatives read, for their lookarounds: nothing, a digit, a letter, a space,
    // a retry, punctuation.
    private static final List<String> AFTER = List.of("", "0", "a", " ", " retry", "retry", " please retry", ".", ";", "@",
        "-");

    private RepeatedGroups() {
    }

    /**
     * Two alternatives of a repeated group that read the same character at the same place, as an operator reads it
     * ("'[^.;]' and '\.(?=[0-9])' both read '.' in '.0'"); empty when no character tried shows one. Tried: printable
     * ASCII, Latin-1's letters, a Cyrillic and a Chinese letter, and every character the pattern names.
     */
    static Optional<String> ambiguity(String pattern, int flags) {
        Set<Character> characters = new TreeSet<>();
        for (char c = ' '; c < 0x7f; c++) {
            characters.add(c);
        }
        for (char c = '\u00c0'; c <= '\u00ff'; c++) {
            characters.add(c);
        }
        characters.add('\u0436');
        characters.add('\u4e2d');
        pattern.chars().forEach(c -> characters.add((char) c));
        for (List<String> alternatives : of(pattern)) {
            Optional<String> ambiguity = ambiguity(alternatives, flags, characters);
            if (ambiguity.isPresent()) {
                return ambiguity;
            }
        }
        return Optional.empty();
    }

    /** As {@link #ambiguity(String, int)} for one group's alternatives, tried on the given characters. */
    static Optional<String> ambiguity(List<String> alternatives, int flags, Collection<Character> characters) {
        List<Pattern> patterns = new ArrayList<>();
        for (String alternative : alternatives) {
            try {
                patterns.add(Pattern.compile(alternative, flags));
            } catch (PatternSyntaxException e) {
                return Optional.empty(); // an alternative that needs the rest of its pattern (a back reference): not judged
            }
        }
        for (char c : characters) {
            if ((flags & Pattern.CASE_INSENSITIVE) != 0 && Character.isUpperCase(c)) {
                continue; // read as its small letter, which an operator wrote
            }
            for (String after : AFTER) {
                String text = c + after;
                int first = -1;
                for (int i = 0; i < patterns.size(); i++) {
                    Matcher matcher = patterns.get(i).matcher(text);
                    if (matcher.lookingAt() && matcher.end() == 1) {
                        if (first >= 0) {
                            return Optional.of("'" + alternatives.get(first) + "' and '" + alternatives.get(i) + "' both read '"
                                + c + "' in '" + text + "'");
                        }
                        first = i;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The repeated groups of {@code pattern} with two alternatives or more, each as its alternatives. */
    static List<List<String>> of(String pattern) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closing(pattern, i);
                if (i < 0) {
                    break; // an unclosed class: not a pattern Java compiles
                }
            } else if (c == '(') {
                int end = closing(pattern, i);
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
                j = closing(body, j);
                if (j < 0) {
                    alternatives.add(body.substring(start)); // an unclosed class: not a pattern Java compiles
                    return;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String alternative = body.substring(start, j);
                if (alternative.startsWith("(?:") && closing(alternative, 0) == alternative.length() - 1) {
                    addAlternatives(alternative.substring(3, alternative.length() - 1), alternatives);
                } else {
                    alternatives.add(alternative);
                }
                start = j + 1;
            }
        }
    }

    /**
     * The index of the ']' closing the class opened at {@code open} (nested classes included), or of the ')' closing
     * the group opened there (classes inside it skipped); -1 when it is not closed.
     */
    private static int closing(String pattern, int open) {
        boolean inClass = pattern.charAt(open) == '[';
        int depth = 0;
        for (int j = open; j < pattern.length(); j++) {
            char c = pattern.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[' && !inClass) {
                j = closing(pattern, j);
                if (j < 0) {
                    return -1;
                }
            } else if (c == (inClass ? '[' : '(')) {
                depth++;
            } else if (c == (inClass ? ']' : ')') && (!inClass || j > open + 1 && !(j == open + 2 && pattern.charAt(open + 1) == '^'))
                && --depth == 0) {
                return j;
            }
        }
        return -1;
    }
}
