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
import java.util.List;
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
 */
public final class DeferralRules {
    /** The default table shipped in the core jar. */
    public static final String DEFAULT_RESOURCE = "dev/pacer/core/deferral-rules.txt";

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
     * Parses a rules table.
     *
     * @param source the name used in error messages and in each rule's origin
     * @throws IllegalArgumentException on the first malformed line, naming source and line number
     */
    public static List<DeferralRule> parse(String source, Reader reader) throws IOException {
        List<DeferralRule> rules = new ArrayList<>();
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
            String[] parts = trimmed.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException(origin + ": expected 'KIND FIELD PATTERN', got '" + trimmed + "'");
            }
            try {
                rules.add(new DeferralRule(DeferralKind.parse(parts[0]), DeferralRule.Field.parse(parts[1]), parts[2], origin));
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
}
