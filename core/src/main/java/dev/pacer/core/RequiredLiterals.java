package dev.pacer.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Literals one of which every match of a regular expression contains: a cheap test that lets the classifier skip a
 * rule whose regular expression cannot match a reply (most rules, for most replies), with {@link String#contains}
 * instead of trying the expression at every position.
 *
 * <p>The analysis is conservative: it reads literal characters, groups and alternations, and gives up (empty) on
 * anything it does not model, so a rule without required literals is simply always tried. A branch requires the
 * longest literal run it must match, or the literals one of which a group it must match requires; an alternation
 * requires the union over its branches, and nothing when one branch requires nothing. Only literals of at least
 * {@value #MIN_LENGTH} characters are kept, so that the test stays selective; a Chinese or Japanese character or a Korean
 * syllable (from U+2E80) counts as two for that bound, a word of two of them being as rare in replies as one of four
 * letters ("连接", "서버": the rules in those languages combine such words); of a branch's candidates the one whose
 * shortest literal is longest in characters is taken.
 */
final class RequiredLiterals {
    static final int MIN_LENGTH = 3;
    // Escapes of one character that match no literal of their own: zero-width assertions, classes, control characters.
    private static final String ZERO_WIDTH_OR_CLASS_ESCAPES = "bBAzZGwWsSdDhHvVRXntrfae";

    private final String regex;
    private int position;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /**
     * The literals one of which every match of {@code regex} contains, for a pattern matched case-sensitively
     * without flags; empty when none can be derived.
     */
    static Optional<List<String>> of(String regex) {
        RequiredLiterals parser = new RequiredLiterals(regex);
        try {
            Optional<List<String>> required = parser.alternation();
            if (parser.position != regex.length()) {
                return Optional.empty();
            }
            // Every branch's literals weigh at least MIN_LENGTH (best() keeps no lighter ones).
            return required;
        } catch (RuntimeException e) {
            // Unsupported syntax, or anything this analysis did not foresee in an operator's pattern: the rule is
            // then always tried, never refused (the pattern itself was compiled and checked before).
            return Optional.empty();
        }
    }

    private Optional<List<String>> alternation() {
        List<String> union = new ArrayList<>();
        boolean everyBranch = true;
        while (true) {
            Optional<List<String>> branch = branch();
            if (branch.isPresent()) {
                union.addAll(branch.get());
            } else {
                everyBranch = false;
            }
            if (position < regex.length() && regex.charAt(position) == '|') {
                position++;
                continue;
            }
            return everyBranch ? Optional.of(union) : Optional.empty();
        }
    }

    private Optional<List<String>> branch() {
        List<List<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (position < regex.length()) {
            char c = regex.charAt(position);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                endRun(run, candidates);
                Optional<List<String>> group = group();
                if (mandatoryAfterAtom() && group.isPresent()) {
                    candidates.add(group.get());
                }
                continue;
            }
            if (c == '[') {
                endRun(run, candidates);
                skipClass();
                mandatoryAfterAtom();
                continue;
            }
            if (c == '.' || c == '^' || c == '$') {
                endRun(run, candidates);
                position++;
                mandatoryAfterAtom();
                continue;
            }
            if (c == '?' || c == '*' || c == '+' || c == '{') {
                throw new Unsupported(); // a quantifier with nothing before it
            }
            char literal;
            if (c == '\\') {
                if (position + 1 >= regex.length()) {
                    throw new Unsupported();
                }
                char escaped = regex.charAt(position + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    if (ZERO_WIDTH_OR_CLASS_ESCAPES.indexOf(escaped) < 0) {
                        throw new Unsupported(); // properties, quoting, control, hex and unicode escapes, back references
                    }
                    endRun(run, candidates);
                    position += 2;
                    mandatoryAfterAtom();
                    continue;
                }
                literal = escaped;
                position += 2;
            } else {
                literal = c;
                position++;
            }
            // A quantifier after a literal takes it out of the run: optional ("?", "*", "{0,"), or repeated ("+").
            int before = position;
            boolean mandatory = mandatoryAfterAtom();
            if (position == before) {
                run.append(literal);
            } else {
                if (mandatory) {
                    run.append(literal);
                }
                endRun(run, candidates);
            }
        }
        endRun(run, candidates);
        return best(candidates);
    }

    /** Parses a group at the current '(' and returns what it requires (nothing for look-arounds). */
    private Optional<List<String>> group() {
        position++; // '('
        boolean lookAround = false;
        if (regex.startsWith("?:", position) || regex.startsWith("?>", position)) {
            position += 2;
        } else if (regex.startsWith("?=", position) || regex.startsWith("?!", position)) {
            position += 2;
            lookAround = true;
        } else if (regex.startsWith("?<=", position) || regex.startsWith("?<!", position)) {
            position += 3;
            lookAround = true;
        } else if (position < regex.length() && regex.charAt(position) == '?') {
            throw new Unsupported(); // flags and named groups
        }
        Optional<List<String>> inner = alternation();
        if (position >= regex.length() || regex.charAt(position) != ')') {
            throw new Unsupported();
        }
        position++;
        return lookAround ? Optional.empty() : inner;
    }

    private void skipClass() {
        position++; // '['
        int depth = 1;
        if (position < regex.length() && regex.charAt(position) == '^') {
            position++;
        }
        if (position < regex.length() && regex.charAt(position) == ']') {
            throw new Unsupported(); // a leading ']' is read differently by different engines
        }
        while (position < regex.length()) {
            char c = regex.charAt(position);
            if (c == '\\') {
                position += 2;
                continue;
            }
            position++;
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return;
            }
        }
        throw new Unsupported();
    }

    /**
     * Consumes a quantifier after an atom, if any; true when the atom must still match at least once (none, "+",
     * "{n" with n at least 1).
     */
    private boolean mandatoryAfterAtom() {
        if (position >= regex.length()) {
            return true;
        }
        char c = regex.charAt(position);
        boolean mandatory;
        if (c == '?' || c == '*') {
            position++;
            mandatory = false;
        } else if (c == '+') {
            position++;
            mandatory = true;
        } else if (c == '{') {
            int close = regex.indexOf('}', position);
            if (close < 0) {
                throw new Unsupported();
            }
            String bounds = regex.substring(position + 1, close);
            if (!bounds.matches("[0-9]+(?:,[0-9]*)?")) {
                throw new Unsupported();
            }
            int atLeast = Integer.parseInt(bounds.split(",", -1)[0]);
            position = close + 1;
            mandatory = atLeast >= 1;
        } else {
            return true;
        }
        // Lazy or possessive forms of the quantifier.
        if (position < regex.length() && (regex.charAt(position) == '?' || regex.charAt(position) == '+')) {
            position++;
        }
        return mandatory;
    }

    private static void endRun(StringBuilder run, List<List<String>> candidates) {
        if (run.length() > 0) {
            candidates.add(List.of(run.toString()));
            run.setLength(0);
        }
    }

    /**
     * The candidate whose shortest literal is longest, and of those the one with the fewest literals: the most selective
     * test.
     */
    private static Optional<List<String>> best(List<List<String>> candidates) {
        List<String> best = null;
        int bestShortest = -1;
        for (List<String> candidate : candidates) {
            if (candidate.isEmpty()) {
                continue;
            }
            // Kept by weight (a word of two Chinese characters is kept); ranked by length, so that a rule with a longer
            // run of letters keeps it (ranking by weight put common words such as "server" before rarer ones).
            int lightest = candidate.stream().mapToInt(RequiredLiterals::weight).min().getAsInt();
            int shortest = candidate.stream().mapToInt(String::length).min().getAsInt();
            if (lightest >= MIN_LENGTH && (shortest > bestShortest || shortest == bestShortest && candidate.size() < best.size())) {
                best = candidate;
                bestShortest = shortest;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The literal's length, each character from U+2E80 (CJK, kana, Hangul) counted as two. */
    static int weight(String literal) {
        int weight = 0;
        for (int i = 0; i < literal.length(); i++) {
            weight += literal.charAt(i) >= '\u2e80' ? 2 : 1;
        }
        return weight;
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
