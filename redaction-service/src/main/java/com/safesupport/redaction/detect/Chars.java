package com.safesupport.redaction.detect;

/** Character classes the hand-written scanners share (ASCII fast paths, Unicode where names and domains need it). */
final class Chars {

    private Chars() {
    }

    /*
     * The classes of the 128 ASCII characters as bits of one table: one load per character instead of a chain of
     * range comparisons, whose branches the processor mispredicts on ordinary text, where letters, digits, blanks and
     * punctuation alternate (these tests run on most characters of every text, from some thirty recognisers).
     * CharsTest compares every answer with the range definitions, for all 65,536 chars.
     */
    private static final int DIGIT = 1;
    private static final int LETTER = 2;
    private static final int ALNUM = DIGIT | LETTER;
    private static final int WORD = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            int bits = 0;
            if (c >= '0' && c <= '9') {
                bits |= DIGIT | WORD;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                bits |= LETTER | WORD;
            }
            if (c == '_') {
                bits |= WORD;
            }
            ASCII[c] = (byte) bits;
        }
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean asciiLetter(char c) {
        return c < 0x80 && (ASCII[c] & LETTER) != 0;
    }

    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean asciiAlnum(char c) {
        return c < 0x80 && (ASCII[c] & ALNUM) != 0;
    }

    static boolean letterOrDigit(char c) {
        return c < 0x80 ? (ASCII[c] & ALNUM) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean letter(char c) {
        return c < 0x80 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@code \w} in the Unicode sense: a letter, a digit or an underscore. */
    static boolean word(char c) {
        return c < 0x80 ? (ASCII[c] & WORD) != 0 : Character.isLetterOrDigit(c);
    }

    /**
     * A letter of a script written without blanks between words, or whose particles are written onto the word before
     * (Han, Hiragana, Katakana, Hangul, Thai): next to a number it is no part of the number's word ("電話番号は090-...です").
     */
    static boolean unspacedLetter(char c) {
        if (c < 0x0E00) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.THAI;
    }

    static boolean hex(char c) {
        return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static char at(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }

    /** True when {@code s[from, to)} holds only ASCII digits. */
    static boolean allDigits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int countDigits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (digit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The end of the run of blanks (spaces, tabs) starting at {@code i}. */
    static int skipBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * {@code s.startsWith(w, i)} by a plain loop over the characters: the same answer for every {@code i} (false when
     * {@code w} would run past either end), without {@code String.startsWith}'s call into the vectorised array compare,
     * which costs more than the compare itself for the short words the scanners test at most word starts (round 32).
     */
    static boolean startsWith(String s, int i, String w) {
        int len = w.length();
        if (i < 0 || i > s.length() - len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s.charAt(i + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when the word {@code w} (lower case) starts at {@code i} of the lower-cased text and ends on a boundary. */
    static boolean wordAt(String lower, int i, String w) {
        return startsWith(lower, i, w) && !letterOrDigit(at(lower, i + w.length())) && !letterOrDigit(at(lower, i - 1));
    }

    /** The start of the word that ends at {@code end} (exclusive), skipping nothing; {@code end} when none. */
    static int wordStartBefore(String s, int end) {
        int k = end;
        while (k > 0 && letter(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** The end of the word that starts at {@code start}. */
    static int wordEnd(String s, int start) {
        int k = start;
        while (k < s.length() && letter(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The word without its combining accents ("văn" → "van", "thị" → "thi"): NFD, combining marks dropped. Linear. */
    static String foldAccents(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
