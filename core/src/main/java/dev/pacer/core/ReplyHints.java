package dev.pacer.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reply's words ask of the sender beyond its kind: when to come back (greylisting servers often say:
 * postgrey's "Greylisted for 300 seconds", Exim's "please try again in 5 minutes", milter-greylist's "come back in
 * 00:05:00"), and whether the receiver limits the mails one session may carry.
 */
public final class ReplyHints {
    /** A wait the reply asks for is believed between these bounds. */
    public static final Duration SHORTEST = Duration.ofSeconds(1);
    public static final Duration LONGEST = Duration.ofHours(6);

    private static final Pattern AMOUNT = Pattern.compile(
        "\\b(?:in|for|after|within|wait(?:ing)?)\\s+(?:at least\\s+|another\\s+)?(\\d{1,6})\\s*"
            + "(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b(?:in|after)\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\b");
    private static final Pattern MESSAGES_PER_SESSION = Pattern.compile(
        "\\b(?:too many|max(?:imum)?(?: number of)?|limit of(?: \\d+)?)\\s+(?:messages?|mails?|e-?mails?|transactions|deliveries)"
            + "\\s+(?:(?:sent\\s+)?(?:per|in|for|on|during)\\s+(?:this\\s+|the\\s+|one\\s+|a\\s+|each\\s+|single\\s+)*)(?:session|connection)\\b");

    private ReplyHints() {
    }

    /** How long the reply asks the sender to wait before trying again, bounded; empty when it does not say. */
    public static Optional<Duration> retryAfter(SmtpReply reply) {
        String text = reply.text().toLowerCase(Locale.ROOT);
        Matcher clock = CLOCK.matcher(text);
        if (clock.find()) {
            return Optional.of(bounded(Duration.ofHours(Long.parseLong(clock.group(1)))
                .plusMinutes(Long.parseLong(clock.group(2))).plusSeconds(Long.parseLong(clock.group(3)))));
        }
        Matcher amount = AMOUNT.matcher(text);
        if (!amount.find()) {
            return Optional.empty();
        }
        long value = Long.parseLong(amount.group(1));
        char unit = amount.group(2).charAt(0);
        Duration asked = unit == 'h' ? Duration.ofHours(value) : unit == 'm' ? Duration.ofMinutes(value) : Duration.ofSeconds(value);
        return Optional.of(bounded(asked));
    }

    private static Duration bounded(Duration asked) {
        if (asked.compareTo(SHORTEST) < 0) {
            return SHORTEST;
        }
        return asked.compareTo(LONGEST) > 0 ? LONGEST : asked;
    }

    /** True when the reply says the session carried more mails than the receiver takes on one session. */
    public static boolean tooManyMessagesInSession(SmtpReply reply) {
        return MESSAGES_PER_SESSION.matcher(reply.text().toLowerCase(Locale.ROOT)).find();
    }
}
