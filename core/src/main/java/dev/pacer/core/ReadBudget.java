package dev.pacer.core;

import java.util.regex.Pattern;

/**
 * How many characters the rules' patterns may read of one reply, in all and each: a bound on what classifying a reply
 * costs, whatever the reply and whatever the rules. A pattern that backtracks (two alternatives that read the same
 * character in a bounded or lazy repetition, "(?:a|a){0,1000}b": Java's regex remembers only where a greedy star
 * failed) takes exponential time on a text made for it, and a receiver writes the text: a default rule, since mended,
 * read a 2 KiB reply of "sessions" and dotted numbers for 14 minutes.
 * Counting reads, not time, keeps the classification of a reply the same on every machine and under any load.
 *
 * <p>A pattern reads the reply through a view whose every {@code charAt} spends one read (the only way
 * {@link java.util.regex.Matcher} reads its input); when the rule's share or the reply's reads are spent, the read
 * throws {@link Spent} and the rule counts as stopped ({@link Classification#stopped()}). One budget per reply and
 * classification, used by one thread.
 */
final class ReadBudget {
    /**
     * Reads one rule may spend on one reply: about 14 ms on this project's 2-core VM (some 110 million reads a second).
     * The default rules read at most 372,000 of any reply of their tables (12,773 replies; a Russian users' limit).
     */
    static final long RULE_READS = 1_500_000;
    /**
     * Reads all rules may spend on one reply together: about 55 ms on the same VM. The tables' replies take at most
     * 1,170,000 (a client library's 2 KiB dump of a reply), 28,000 on average; {@code ReadBudgetTest} holds them within
     * a third of both budgets.
     */
    static final long REPLY_READS = 6_000_000;

    /** Thrown by a read past the budget; carries no stack trace, as it is control flow caught by the classifier. */
    static final class Spent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Spent() {
            super("read budget spent", null, false, false);
        }
    }

    private static final Spent SPENT = new Spent();

    private final String loweredText;
    private final String text;
    private final long ruleReads;
    private long replyLeft;
    private Counted loweredView;
    private Counted textView;

    /** A budget for one reply: its text as the lowered rules read it, and as written. */
    ReadBudget(String loweredText, String text, long replyReads, long ruleReads) {
        if (replyReads <= 0 || ruleReads <= 0) {
            throw new IllegalArgumentException("read budgets must be positive: " + replyReads + ", " + ruleReads);
        }
        this.loweredText = loweredText;
        this.text = text;
        this.replyLeft = replyReads;
        this.ruleReads = ruleReads;
    }

    /**
     * True when the pattern finds a match in the reply's lowered text ({@code lowered}) or its text as written, read
     * within the rule's share: its own reads, or what the reply has left when that is less.
     *
     * @throws Spent when the share is spent before the pattern decided
     */
    boolean find(Pattern pattern, boolean lowered) {
        Counted view = lowered ? loweredView() : textView();
        long granted = Math.min(ruleReads, replyLeft);
        view.left = granted;
        try {
            return pattern.matcher(view).find();
        } finally {
            replyLeft -= granted - Math.max(view.left, 0);
        }
    }

    /** True when the reply has no reads left: no further rule can be tried. */
    boolean spent() {
        return replyLeft <= 0;
    }

    /** Reads the reply has left. */
    long replyLeft() {
        return replyLeft;
    }

    private Counted loweredView() {
        if (loweredView == null) {
            loweredView = new Counted(loweredText);
        }
        return loweredView;
    }

    private Counted textView() {
        if (textView == null) {
            textView = new Counted(text);
        }
        return textView;
    }

    /** A text whose every character read spends one of {@code left}; its characters copied once, as read by index. */
    private static final class Counted implements CharSequence {
        private final String text;
        private final char[] chars;
        private long left;

        Counted(String text) {
            this.text = text;
            this.chars = text.toCharArray();
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw SPENT;
            }
            return chars[index];
        }

        @Override
        public int length() {
            return chars.length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
