package dev.pacer.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads deferral rules tables. A table is plain text, one rule a line, first match wins:
 *
 * <pre>
 * # kind            field     pattern (Java regular expression)
 * CONNECTION_LIMIT  enhanced  4\.7\.652
 * CONNECTION_LIMIT  text      too many (concurrent |simultaneous )*(connections|sessions)
 * </pre>
 *
 * <p>Kinds are those of {@link DeferralKind} but {@code PERMANENT}; fields are {@code text} (searched anywhere,
 * case-insensitively), {@code enhanced} and {@code basic} (matched whole). Blank lines and lines starting with
 * {@code #} are ignored. Any other malformed line is an error naming the source, the line and the problem.
 *
 * <p>A phrase several rules share is named once and used by name ({@code {NAME}}, upper case), so that its variants
 * stay one ("too many" and "an excessive number of" alike); a name is known in its own file, below its definition:
 *
 * <pre>
 * DEFINE            TOO_MANY  (?:too many|an excessive number of)
 * RATE_LIMIT        text      {TOO_MANY} messages
 * </pre>
 */
public final class DeferralRules {
    /** The default table shipped in the core jar. */
    public static final String DEFAULT_RESOURCE = "dev/pacer/core/deferral-rules.txt";

    /** The keyword of a line that names a phrase instead of declaring a rule. */
    static final String DEFINE = "DEFINE";
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    // A name in braces, not an escaped brace ("\\{FOO}" is the literal text "{FOO}" in a Java pattern).
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\{([A-Z][A-Z0-9_]{0,63})\\}");

    private DeferralRules() {
    }

    /** The rules Pacer ships, in their order. */
    public static List<DeferralRule> defaults() {
        InputStream stream = DeferralRules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("the default deferral rules " + DEFAULT_RESOURCE + " are missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(DEFAULT_RESOURCE, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads an operator's rules file. */
    public static List<DeferralRule> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader);
        }
    }

    /**
     * What an operator should mend in these rules though they load: a text rule with two alternatives of a repeated
     * group that read the same character at the same place (each way is tried before a match fails; on a run of such
     * characters the classifier stops the rule at its read budget, {@link Classification#stopped()}). One line per
     * rule, naming its origin, the alternatives and the character.
     */
    public static List<String> warnings(List<DeferralRule> rules) {
        List<String> warnings = new java.util.ArrayList<>();
        for (DeferralRule rule : rules) {
            if (rule.field() == DeferralRule.Field.TEXT) {
                RepeatedGroups.ambiguity(rule.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).ifPresent(ambiguity ->
                    warnings.add(rule.origin() + ": in a repeated group " + ambiguity + ": on a run of such characters the rule "
                        + "tries every way of reading them and is stopped at its read budget (counted as not matching); give "
                        + "each character one way"));
            }
        }
        return warnings;
    }

    /**
     * Parses a rules table.
     *
     * @param source the name used in error messages and in each rule's origin
     * @throws IllegalArgumentException on the first malformed line, naming source and line number
     */
    public static List<DeferralRule> parse(String source, Reader reader) throws IOException {
        List<DeferralRule> rules = new ArrayList<>();
        Map<String, String> phrases = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String origin = source + ":" + number;
            int control = firstControlCharacter(trimmed);
            if (control >= 0) {
                // A control character is no pattern a person meant (a backspace where a program that wrote the file
                // read "\b" as an escape matches nothing a reply holds): refused, named with its code point.
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: control character U+%04X at column %d; write \\b for a word boundary, \\t for a tab,"
                        + " \\x%02X for the character itself", origin, (int) trimmed.charAt(control),
                    line.indexOf(trimmed.charAt(control)) + 1, (int) trimmed.charAt(control)));
            }
            String[] parts = trimmed.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(origin + ": expected 'KIND FIELD PATTERN', got '" + trimmed + "'");
            }
            if (parts[0].equals(DEFINE)) {
                define(phrases, parts[1], parts[2], origin);
                continue;
            }
            try {
                rules.add(new DeferralRule(DeferralKind.parse(parts[0]), DeferralRule.Field.parse(parts[1]),
                    expand(parts[2], phrases, origin), origin));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ": invalid pattern '" + parts[2] + "': " + e.getDescription(), e);
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(origin)) {
                    throw e;
                }
                throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    /** The index of the first control character other than a tab, or -1. */
    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && Character.isISOControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Names a phrase for the lines below; the phrase may use the names defined above it. */
    private static void define(Map<String, String> phrases, String name, String pattern, String origin) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(origin + ": invalid name '" + name + "' (upper-case letters, digits and _, "
                + "starting with a letter)");
        }
        if (phrases.containsKey(name)) {
            throw new IllegalArgumentException(origin + ": '" + name + "' is defined twice");
        }
        String expanded = expand(pattern, phrases, origin);
        try {
            Pattern.compile(expanded);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(origin + ": invalid pattern for '" + name + "': " + e.getDescription(), e);
        }
        phrases.put(name, expanded);
    }

    /** The pattern with each {@code {NAME}} replaced by its phrase, as a group of its own. */
    private static String expand(String pattern, Map<String, String> phrases, String origin) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        Matcher reference = REFERENCE.matcher(pattern);
        StringBuilder expanded = new StringBuilder(pattern.length() * 2);
        while (reference.find()) {
            String phrase = phrases.get(reference.group(1));
            if (phrase == null) {
                throw new IllegalArgumentException(origin + ": '{" + reference.group(1) + "}' is not defined above this line");
            }
            reference.appendReplacement(expanded, Matcher.quoteReplacement("(?:" + phrase + ")"));
        }
        reference.appendTail(expanded);
        return expanded.toString();
    }
}
