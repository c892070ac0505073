package dev.pacer.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The classifier from a shell, for operators testing their own {@code rulesFile} on replies they received:
 * <pre>
 * java -cp pacer-james-extension-VERSION.jar dev.pacer.core.Classify [--rules FILE [--no-defaults]] ["REPLY" ...]
 * </pre>
 * Each reply given as an argument, or else each line of standard input, is printed as one tab-separated line:
 * kind, basic code, enhanced code, the rule that matched ({@code file:line}, or {@code 5xx} for a permanent reply,
 * {@code none} when no rule did; followed by {@code stopped file:line} for each rule stopped by the classifier's read
 * budget, {@link Classification#stopped()}) and the reply as parsed. Input lines are read bounded (16 KiB each). A
 * rule of the file that would backtrack ({@link DeferralRules#warnings}) is named on standard error first.
 */
public final class Classify {
    private static final int MAX_LINE = 16 * 1024;

    private Classify() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out, System.err));
    }

    /** Runs the command; returns its exit status (0, or 2 for a usage or rules-file error). */
    static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        List<String> replies = new ArrayList<>();
        String rulesFile = null;
        boolean withDefaults = true;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rules") && i + 1 < args.length) {
                rulesFile = args[++i];
            } else if (args[i].equals("--no-defaults")) {
                withDefaults = false;
            } else if (args[i].startsWith("--")) {
                err.println("usage: Classify [--rules FILE [--no-defaults]] [\"REPLY\" ...]   (no reply: one per line of standard input)");
                return 2;
            } else {
                replies.add(args[i]);
            }
        }
        if (!withDefaults && rulesFile == null) {
            err.println("--no-defaults needs --rules FILE (there would be no rule at all)");
            return 2;
        }
        DeferralClassifier classifier;
        try {
            if (rulesFile == null) {
                classifier = DeferralClassifier.defaults();
            } else {
                List<DeferralRule> rules = DeferralRules.read(Paths.get(rulesFile));
                DeferralRules.warnings(rules).forEach(warning -> err.println("warning: " + warning));
                classifier = DeferralClassifier.of(rules, withDefaults);
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("rules file " + rulesFile + ": " + e.getMessage());
            return 2;
        }
        out.println("# kind\tbasic\tenhanced\trule\treply");
        if (!replies.isEmpty()) {
            replies.forEach(reply -> out.println(line(classifier.classify(reply))));
            return 0;
        }
        String line;
        while ((line = in.readLine()) != null) {
            String bounded = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
            if (!bounded.isBlank()) {
                out.println(line(classifier.classify(bounded)));
            }
        }
        return 0;
    }

    static String line(Classification classification) {
        SmtpReply reply = classification.reply();
        String rule = classification.rule().map(DeferralRule::origin)
            .orElse(classification.kind() == DeferralKind.PERMANENT ? "5xx" : "none")
            + classification.stopped().stream().map(stopped -> " stopped " + stopped.origin()).collect(Collectors.joining());
        return classification.kind() + "\t" + (reply.basicCode().isPresent() ? Integer.toString(reply.basicCode().getAsInt()) : "-")
            + "\t" + reply.enhancedCode().orElse("-") + "\t" + rule + "\t" + reply.asLine();
    }
}
