package dev.pacer.core;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of a deferral rules table: when {@link #field()} of a reply matches {@link #pattern()}, the reply is
 * of {@link #kind()}. {@code origin} says where the rule was read ({@code file:line}), so a classification can be
 * traced back to the rule that made it.
 */
public final class DeferralRule {
    /** Which part of a reply a rule reads. */
    public enum Field {
        /** The reply text, searched case-insensitively for the pattern anywhere. */
        TEXT,
        /** The enhanced status code ({@code 4.7.652}), matched whole. */
        ENHANCED,
        /** The basic reply code ({@code 421}), matched whole. */
        BASIC;

        static Field parse(String value) {
            for (Field field : values()) {
                if (field.name().equalsIgnoreCase(value)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("unknown field '" + value + "', legal fields are: text, enhanced, basic");
        }
    }

    private final DeferralKind kind;
    private final Field field;
    private final Pattern pattern;
    private final String origin;

    public DeferralRule(DeferralKind kind, Field field, String regex, String origin) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = Objects.requireNonNull(field, "field");
        this.origin = Objects.requireNonNull(origin, "origin");
        if (kind == DeferralKind.PERMANENT) {
            // The reply class decides permanence; a rule cannot make a 4xx permanent or a 5xx transient.
            throw new IllegalArgumentException(origin + ": kind PERMANENT is decided by the reply code, not by rules");
        }
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when this rule recognises the reply. */
    public boolean matches(SmtpReply reply) {
        switch (field) {
            case TEXT:
                return pattern.matcher(reply.text()).find();
            case ENHANCED:
                return reply.enhancedCode().map(code -> pattern.matcher(code).matches()).orElse(false);
            case BASIC:
                return reply.basicCode().isPresent()
                    && pattern.matcher(Integer.toString(reply.basicCode().getAsInt())).matches();
            default:
                throw new IllegalStateException("unhandled field " + field);
        }
    }

    public DeferralKind kind() {
        return kind;
    }

    public Field field() {
        return field;
    }

    public String pattern() {
        return pattern.pattern();
    }

    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return origin + " " + kind + " " + field.name().toLowerCase(Locale.ROOT) + " " + pattern.pattern();
    }
}
