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
}
