package dev.pacer.core;

/** Makes text a remote server sent safe to log, store and show, whatever bytes it was. */
public final class Texts {
    private Texts() {
    }

    /**
     * Replaces control characters by spaces (line feeds kept when {@code keepLineFeeds}) and unpaired surrogates
     * (what a decoder leaves of invalid UTF-8 or binary) by U+FFFD, and cuts to at most {@code max} characters without
     * splitting a surrogate pair. Reads at most twice {@code max} characters of the input, so huge input costs little.
     */
    public static String sanitize(String input, int max, boolean keepLineFeeds) {
        if (input == null) {
            return "";
        }
        if (input.length() <= max && clean(input, keepLineFeeds)) {
            return input; // the common case: nothing to replace or cut, no copy
        }
        int limit = max >= Integer.MAX_VALUE / 2 ? input.length() : Math.min(input.length(), max * 2);
        StringBuilder out = new StringBuilder(Math.min(limit, max));
        for (int i = 0; i < limit && out.length() < max; i++) {
            char c = input.charAt(i);
            if (c == '\n' && keepLineFeeds) {
                out.append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(input.charAt(i + 1))) {
                if (out.length() + 2 > max) {
                    break;
                }
                out.append(c).append(input.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean clean(String input, boolean keepLineFeeds) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isISOControl(c) && !(c == '\n' && keepLineFeeds) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The longest echo of an operator's or a file's input in an error message. */
    public static final int MAX_ECHO = 100;

    /** {@code input} as an error message may echo it: sanitized, at most {@link #MAX_ECHO} characters, "…" when cut. */
    public static String echo(String input) {
        String safe = sanitize(input, MAX_ECHO + 1, false);
        return safe.length() <= MAX_ECHO ? safe : safe.substring(0, MAX_ECHO) + "…";
    }

    /** At most {@code max} items of {@code items} as text, then how many more there are. */
    public static String firstOf(java.util.Collection<?> items, int max) {
        StringBuilder text = new StringBuilder("[");
        int shown = 0;
        for (Object item : items) {
            if (shown == max) {
                text.append(", … ").append(items.size() - max).append(" more");
                break;
            }
            text.append(shown == 0 ? "" : ", ").append(echo(String.valueOf(item)));
            shown++;
        }
        return text.append(']').toString();
    }

    /**
     * Text read off the wire one byte per character (ISO-8859-1, as javax.mail reads SMTP replies), decoded as UTF-8
     * when those bytes are valid UTF-8, else kept as it is. Null is the empty string.
     */
    public static String decodeWire(String latin1) {
        if (latin1 == null) {
            return "";
        }
        boolean ascii = true;
        for (int i = 0; i < latin1.length() && ascii; i++) {
            char c = latin1.charAt(i);
            if (c > 0xFF) {
                return latin1;
            }
            ascii = c < 0x80;
        }
        if (ascii) {
            return latin1;
        }
        byte[] bytes = latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return latin1;
        }
    }

    /** The longest diagnostic a DSN carries: "Diagnostic-Code: smtp; " and it stay within RFC 5322's 998. */
    public static final int MAX_DSN_TEXT = 900;

    /**
     * A receiver's reply made fit for a DSN (RFC 3464 fields are US-ASCII text on one line, RFC 5322 lines at most 998
     * characters): control characters and line breaks become spaces, runs of spaces one, characters outside ASCII
     * '?', and the text is cut to {@link #MAX_DSN_TEXT} characters, ending with "..." when cut.
     */
    public static String dsnText(String reply) {
        String text = reply == null ? "" : reply;
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_DSN_TEXT));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() <= MAX_DSN_TEXT; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c < 0x80 ? c : '?');
        }
        if (out.length() > MAX_DSN_TEXT) {
            out.setLength(MAX_DSN_TEXT - 3);
            out.append("...");
        }
        return out.toString();
    }
}
