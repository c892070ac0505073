package dev.pacer.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which {@link DeferralKind} a reply is. Immutable and thread-safe.
 *
 * <p>The decision, in order:
 * <ol>
 *   <li>a reply of class 5 (basic code 5xx, or only an enhanced code 5.x.x) is {@link DeferralKind#PERMANENT},
 *       whatever its wording;</li>
 *   <li>otherwise the first rule of the table whose field matches decides (operator rules come before the
 *       defaults); a reply opening with RFC 5321's own text as a label before its reason ("Requested action not
 *       taken: Overload") is read by its reason alone, or whole when the reason only asks for a retry;</li>
 *   <li>otherwise, including empty or unparseable input, {@link DeferralKind#OTHER_TRANSIENT}.</li>
 * </ol>
 * Callers classify failures only: a 2xx/3xx reply has no deferral kind and is reported as OTHER_TRANSIENT too.
 */
public final class DeferralClassifier {
    private static final DeferralClassifier DEFAULTS = new DeferralClassifier(DeferralRules.defaults());

    private final List<DeferralRule> rules;
    // Every rule's required literals, found in a reply in one pass; per rule the ids of its literals, null when it is
    // always tried.
    private final LiteralScan literals;
    private final int[][] literalIds;

    private DeferralClassifier(List<DeferralRule> rules) {
        this.rules = List.copyOf(rules);
        List<String> all = new ArrayList<>();
        for (DeferralRule rule : this.rules) {
            rule.requiredLiterals().ifPresent(all::addAll);
        }
        this.literals = new LiteralScan(all);
        this.literalIds = new int[this.rules.size()][];
        for (int i = 0; i < this.rules.size(); i++) {
            Optional<List<String>> required = this.rules.get(i).requiredLiterals();
            if (required.isPresent()) {
                literalIds[i] = required.get().stream().mapToInt(literals::id).toArray();
            }
        }
    }

    /** The classifier with Pacer's default rules ({@value DeferralRules#DEFAULT_RESOURCE}). */
    public static DeferralClassifier defaults() {
        return DEFAULTS;
    }

    /**
     * A classifier with an operator's rules, consulted first, then the defaults unless {@code withDefaults} is
     * false.
     */
    public static DeferralClassifier of(List<DeferralRule> operatorRules, boolean withDefaults) {
        List<DeferralRule> all = new ArrayList<>(operatorRules);
        if (withDefaults) {
            all.addAll(DEFAULTS.rules);
        }
        return new DeferralClassifier(all);
    }

    /** Classifies a raw reply or exception text; never throws. */
    public Classification classify(String replyOrExceptionText) {
        return classify(SmtpReply.parse(replyOrExceptionText));
    }

    /**
     * Classifies a parsed reply; never throws. The rules read at most {@value ReadBudget#REPLY_READS} characters of
     * it in all and {@value ReadBudget#RULE_READS} each ({@link ReadBudget}): a rule stopped there, or one whose
     * pattern recursed deeper than the thread's stack on this reply, counts as not matching and is named in
     * {@link Classification#stopped()}.
     */
    public Classification classify(SmtpReply reply) {
        return classify(reply, ReadBudget.REPLY_READS, ReadBudget.RULE_READS);
    }

    /** As {@link #classify(SmtpReply)} within other read budgets (tests measure the default rules' margin so). */
    Classification classify(SmtpReply reply, long replyReads, long ruleReads) {
        if (reply.replyClass() == SmtpReply.ReplyClass.PERMANENT) {
            return new Classification(DeferralKind.PERMANENT, reply, Optional.empty());
        }
        String loweredText = DeferralRule.loweredWords(reply.text());
        // RFC 5321's own reply text used as a label before the reason ("Requested action not taken: Overload",
        // "Service not available, closing transmission channel: too many connections"): the reason decides, the
        // label's own words only when the reason only asks for a retry.
        Matcher label = loweredText.startsWith("requested") || loweredText.contains("service not available")
            ? STANDARD_LABEL.matcher(loweredText) : null;
        if (label != null && label.lookingAt()) {
            String reason = loweredText.substring(label.end());
            if (!RETRY_ONLY.matcher(reason).lookingAt()) {
                return classifyLowered(reply, reason, new ReadBudget(reason, reply.text(), replyReads, ruleReads));
            }
        }
        return classifyLowered(reply, loweredText, new ReadBudget(loweredText, reply.text(), replyReads, ruleReads));
    }

    /**
     * A reason that only asks for a retry ("Please try again later.", "try again in an hour"; what a log wrote after a
     * semicolon aside) or points to a page, or holds no word at all: only a link, an address or an id (Mimecast's
     * "Service not available - https://community.mimecast.com/docs/DOC-1369#421 [id]"; "… - 192.0.2.10").
     */
    private static final Pattern RETRY_ONLY = Pattern.compile("(?:(?:please|kindly) )?(?:(?:try|retry|come back|resend)"
        + "(?: again)?(?: (?:later|soon|shortly|in (?:an? |a few |\\d+ )?\\w+))?(?:[.!]? *$|[.!]?;)|see\\b)"
        + "|(?:[.\\s]*+(?:(?:https?://|www\\.)\\S{0,400}+|\\[[^\\]\\s]{1,80}+\\]|\\([^)\\s]{1,80}+\\)|[0-9a-f]{0,4}+[0-9.:]{3,45}+))+[.\\s]*+$");

    /**
     * RFC 5321's reply texts for 421, 450, 451 and 452, with the server's name before them, when a reason follows a
     * colon or a dash (the closing of the transmission channel already set aside by {@link DeferralRule#loweredWords}).
     */
    private static final Pattern STANDARD_LABEL = Pattern.compile("(?:[a-z0-9-]+(?:\\.[a-z0-9-]+)+ )?(?:service not "
        + "available(?:,? closing transmission channel)?|requested (?:mail )?action (?:not taken|aborted))(?::| -|;) +(?=\\S)");

    private Classification classifyLowered(SmtpReply reply, String loweredText, ReadBudget budget) {
        long[] present = null;
        List<DeferralRule> stopped = List.of();
        for (int i = 0; i < rules.size(); i++) {
            if (literalIds[i] != null) {
                if (present == null) {
                    present = literals.scan(loweredText);
                }
                if (!LiteralScan.anyOf(present, literalIds[i])) {
                    continue;
                }
            }
            DeferralRule rule = rules.get(i);
            try {
                if (rule.matchesWithin(reply, budget)) {
                    return new Classification(rule.kind(), reply, Optional.of(rule), stopped);
                }
            } catch (ReadBudget.Spent | StackOverflowError spent) {
                // A rule stopped by its budget, or one whose pattern recursed deeper than the thread's stack on this
                // reply (an operator's "(a|b)*" over a long text): not matching, named as stopped.
                stopped = new ArrayList<>(stopped);
                stopped.add(rule);
            }
            if (budget.spent()) {
                // The reply's reads are spent: the rules after this one are not tried.
                break;
            }
        }
        return new Classification(DeferralKind.OTHER_TRANSIENT, reply, Optional.empty(), stopped);
    }

    /** The rules in the order they are consulted. */
    public List<DeferralRule> rules() {
        return rules;
    }
}
