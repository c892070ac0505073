package dev.pacer.core;

/**
 * What a receiver meant by refusing or deferring mail, as far as the sender can act on it.
 *
 * <p>The kinds are ordered by what the sending side should do: {@link #CONNECTION_LIMIT} asks for fewer parallel
 * sessions, {@link #RATE_LIMIT} for fewer messages per unit of time, {@link #REPUTATION} for slower sending and an
 * operator's attention, {@link #GREYLIST} only for a retry after a few minutes. {@link #PERMANENT} is any 5xx reply,
 * whatever its wording: the reply class decides, as RFC 5321 section 4.2.1 says it must.
 */
public enum DeferralKind {
    /** Too many concurrent connections or sessions from the sender's IP, network or provider. */
    CONNECTION_LIMIT,
    /** Too many messages, recipients or connection attempts within a window of time. */
    RATE_LIMIT,
    /** Temporary deferral for the sender's reputation, user complaints or a receiver's policy. */
    REPUTATION,
    /** Greylisting: the first attempt from an unknown triplet is deferred on purpose. */
    GREYLIST,
    /** A transient problem of the recipient's mailbox, such as a full mailbox. */
    MAILBOX,
    /** The receiver lacks capacity or has a local problem (storage, load, queue). */
    SERVER_BUSY,
    /** Any 5xx reply: not a deferral, the mail will not be accepted on retry. */
    PERMANENT,
    /** A temporary failure that none of the rules recognise, or no reply at all. */
    OTHER_TRANSIENT;

    /** The kinds as a comma separated list, for error messages that name the legal values. */
    public static String legalValues() {
        StringBuilder values = new StringBuilder();
        for (DeferralKind kind : values()) {
            if (values.length() > 0) {
                values.append(", ");
            }
            values.append(kind.name());
        }
        return values.toString();
    }

    /**
     * Parses a kind by its name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the legal kinds
     */
    public static DeferralKind parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        for (DeferralKind kind : values()) {
            if (kind.name().equalsIgnoreCase(trimmed)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown deferral kind '" + value + "', legal kinds are: " + legalValues());
    }
}
