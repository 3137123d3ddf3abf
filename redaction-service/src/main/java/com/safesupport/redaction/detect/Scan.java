package com.safesupport.redaction.detect;

/**
 * A text prepared for detection: the original, its normalised form (NFKC, invisible characters removed,
 * look-alike dashes and spaces folded) and the map from every normalised character back to the original.
 * Recognisers work on {@link #text()}; the analyzer maps their spans back with {@link #originalStart(int)}
 * and {@link #originalEnd(int)}, so every reported offset points into what the caller sent.
 */
public final class Scan {

    private final String original;
    private final String text;
    private final String lower;
    private final String language;
    /** Null when normalisation changed nothing (the common, fast case). */
    private final int[] starts;
    private final int[] ends;
    private LanguagePack pack;
    private java.util.List<Tokens.Token> tokens;
    private boolean hasDigit;
    private boolean hasDigitKnown;

    Scan(String original, String text, int[] starts, int[] ends, String language) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.language = language;
        this.lower = lowerSameLength(text);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** The normalised text in lower case, same length and offsets as {@link #text()}. */
    public String lower() {
        return lower;
    }

    public String language() {
        return language;
    }

    /** The language's context words and common words. */
    public LanguagePack pack() {
        return pack;
    }

    Scan withPack(LanguagePack pack) {
        this.pack = pack;
        return this;
    }

    public int originalStart(int normalisedIndex) {
        if (starts == null) {
            return normalisedIndex;
        }
        return normalisedIndex >= starts.length ? original.length() : starts[normalisedIndex];
    }

    public int originalEnd(int normalisedEndExclusive) {
        if (ends == null) {
            return normalisedEndExclusive;
        }
        return normalisedEndExclusive == 0 ? 0 : ends[normalisedEndExclusive - 1];
    }

    /** Word tokens, computed once and shared by the dictionary recognisers. */
    java.util.List<Tokens.Token> tokens() {
        if (tokens == null) {
            tokens = Tokens.of(text);
        }
        return tokens;
    }

    private java.util.Set<String> words;

    /** The lower-cased word tokens of the text, as a set (for "is any context word present at all?"). */
    java.util.Set<String> words() {
        if (words == null) {
            words = new java.util.HashSet<>();
            int i = 0;
            int n = lower.length();
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < n && (Character.isLetterOrDigit(lower.charAt(j)) || lower.charAt(j) == '\'')) {
                    j++;
                }
                if (j > i) {
                    words.add(lower.substring(i, j));
                }
                i = j;
            }
        }
        return words;
    }

    /** True when the lower-cased text contains any of the given fragments. */
    public boolean lowerContainsAny(String... fragments) {
        for (String f : fragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasDigit() {
        if (!hasDigitKnown) {
            hasDigit = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    hasDigit = true;
                    break;
                }
            }
            hasDigitKnown = true;
        }
        return hasDigit;
    }

    private static String lowerSameLength(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = Character.toLowerCase(c);
            if (l != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = l;
            }
        }
        return chars == null ? s : new String(chars);
    }
}
