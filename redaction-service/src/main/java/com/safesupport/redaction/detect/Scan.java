package com.safesupport.redaction.detect;

import java.util.List;

/**
 * A text prepared for detection: the original, its normalised form (NFKC, invisible characters removed,
 * look-alike dashes and spaces folded) and the map from every normalised character back to the original.
 * Recognisers work on {@link #text()}; the analyzer maps their spans back with {@link #originalStart(int)}
 * and {@link #originalEnd(int)}, so every reported offset points into what the caller sent.
 *
 * <p>The scan is also the engine's one pass over the text: word tokens ({@link #tokens()}), digit runs
 * ({@link #digitRuns()}) and context-word hits ({@link #context()}) are each computed once, on first use, in
 * linear time, and shared by every recogniser (the name model included), so no recogniser rescans the text
 * for what another already found. Not thread-safe: one scan belongs to one request.
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
    private List<Tokens.Token> tokens;
    private int[] digitRuns;
    private int[] alnumRuns;
    private LanguagePack.ContextHits context;
    /** When this text's time is up ({@link System#nanoTime()}); {@code Long.MAX_VALUE}: never. */
    private long deadlineAt = Long.MAX_VALUE;
    private int flags = -1;

    private static final int DIGIT = 1;
    private static final int AT = 2;
    private static final int COLON = 4;
    private static final int DOT = 8;
    private static final int LT = 16;
    private static final int UPPER = 32;
    private static final int SLASH = 64;
    /** Any character from U+0080 up (no ASCII character has this flag). */
    private static final int NON_ASCII = 128;
    /** The flag of each ASCII character (0 for most). */
    private static final byte[] FLAG_OF = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            FLAG_OF[c] = DIGIT;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            FLAG_OF[c] = UPPER;
        }
        FLAG_OF['@'] = AT;
        FLAG_OF[':'] = COLON;
        FLAG_OF['.'] = DOT;
        FLAG_OF['<'] = LT;
        FLAG_OF['/'] = SLASH;
    }

    Scan(String original, String text, int[] starts, int[] ends, String language) {
        this(original, text, starts, ends, language, false);
    }

    /** {@code ascii}: the caller already knows the text is plain ASCII (then it is not scanned again to find out). */
    Scan(String original, String text, int[] starts, int[] ends, String language, boolean ascii) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.language = language;
        // On ASCII, String's own lower-casing maps exactly A-Z, as lowerSameLength does, and faster.
        this.lower = ascii ? text.toLowerCase(java.util.Locale.ROOT) : lowerSameLength(text);
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

    Scan withDeadline(Deadline deadline) {
        this.deadlineAt = deadline.at();
        return this;
    }

    /** A batch moves the end of this text's time before each recogniser's pass over it (see {@link Analyzer#analyzeAll}). */
    void withDeadlineAt(long nanoTime) {
        this.deadlineAt = nanoTime;
    }

    /** Throws {@link Deadline.Exceeded} once the request's time is up; recognisers call it in long loops. */
    public void checkDeadline() {
        Deadline.check(deadlineAt);
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

    /** Word tokens, computed once and shared by the dictionary recognisers and the name model. */
    public List<Tokens.Token> tokens() {
        if (tokens == null) {
            tokens = Tokens.of(text);
        }
        return tokens;
    }

    /**
     * Maximal runs of ASCII digits (after normalisation, so full-width digits count), as start/end pairs:
     * {@code runs[2k]} is the start of run k, {@code runs[2k + 1]} its end (exclusive).
     */
    public int[] digitRuns() {
        if (digitRuns == null) {
            digitRuns = digitRuns(text);
        }
        return digitRuns;
    }

    /**
     * The maximal runs of ASCII letters and digits that hold a digit, as start/end pairs like {@link #digitRuns()}
     * (the recognisers that read them want codes with digits): found from the digit runs, so the text between them is
     * not walked. Linear: each character is passed at most once leftwards and once rightwards.
     */
    int[] alnumRunsWithDigit() {
        if (alnumRuns == null) {
            int[] digits = digitRuns();
            int[] runs = new int[digits.length];
            int n = 0;
            int len = text.length();
            for (int k = 0; k < digits.length; k += 2) {
                int s = digits[k];
                int e = digits[k + 1];
                if (n > 0 && s < runs[n - 1]) {
                    continue; // "A1B2": a second digit run inside the run already found
                }
                while (s > 0 && Chars.asciiAlnum(text.charAt(s - 1))) {
                    s--;
                }
                while (e < len && Chars.asciiAlnum(text.charAt(e))) {
                    e++;
                }
                runs[n++] = s;
                runs[n++] = e;
            }
            alnumRuns = java.util.Arrays.copyOf(runs, n);
        }
        return alnumRuns;
    }

    /** The maximal runs of ASCII digits, as start/end pairs, in one pass. */
    private static int[] digitRuns(String text) {
        int[] runs = new int[16];
        int n = 0;
        int len = text.length();
        int i = 0;
        while (i < len) {
            if (!Chars.digit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < len && Chars.digit(text.charAt(j))) {
                j++;
            }
            if (n + 2 > runs.length) {
                runs = java.util.Arrays.copyOf(runs, runs.length * 2);
            }
            runs[n++] = i;
            runs[n++] = j;
            i = j;
        }
        return java.util.Arrays.copyOf(runs, n);
    }

    /** Where the language's context words (and custom recognisers' words) occur, found in one pass. */
    public LanguagePack.ContextHits context() {
        if (context == null) {
            context = pack.index().find(lower);
        }
        return context;
    }

    /** The lower-cased word tokens of the text, as a set (for "is any context word present at all?"). */
    java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.HashSet<>();
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

    private int flags() {
        if (flags < 0) {
            // One table load and an OR per ASCII character; any other character sets NON_ASCII.
            int f = 0;
            byte[] table = FLAG_OF;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    f |= table[c];
                } else {
                    f |= NON_ASCII;
                }
            }
            flags = f;
        }
        return flags;
    }

    public boolean hasDigit() {
        return (flags() & DIGIT) != 0;
    }

    boolean hasAt() {
        return (flags() & AT) != 0;
    }

    boolean hasColon() {
        return (flags() & COLON) != 0;
    }

    boolean hasDot() {
        return (flags() & DOT) != 0;
    }

    boolean hasLessThan() {
        return (flags() & LT) != 0;
    }

    boolean hasSlash() {
        return (flags() & SLASH) != 0;
    }

    boolean hasAsciiUpper() {
        return (flags() & UPPER) != 0;
    }

    /** Whether the normalised text holds any character from U+0080 up. */
    boolean hasNonAscii() {
        return (flags() & NON_ASCII) != 0;
    }

    private static String lowerSameLength(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            // On ASCII, String's own lower-casing maps exactly A-Z, as the loop below does, and faster.
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
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
