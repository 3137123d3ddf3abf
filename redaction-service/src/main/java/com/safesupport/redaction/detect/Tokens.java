package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens of a text for the dictionary recognisers: letters with inner apostrophes and hyphens
 * ("O'Brien", "Kędzierzyn-Koźle"), and single-letter initials followed by a dot ("D.").
 */
public final class Tokens {

    public enum Shape { CAPITALIZED, UPPER, LOWER, INITIAL, OTHER }

    /**
     * One word of the text. Its characters are copied out ({@link #text()}) only when a recogniser asks for them: most
     * words of most texts are read through their offsets and never become a {@code String}.
     */
    public static final class Token {

        private final String source;
        private final int start;
        private final int end;
        private final Shape shape;
        private final boolean sentenceStart;
        private String text;

        Token(String source, int start, int end, Shape shape, boolean sentenceStart) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.shape = shape;
            this.sentenceStart = sentenceStart;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public Shape shape() {
            return shape;
        }

        public boolean sentenceStart() {
            return sentenceStart;
        }

        /** The word as written (made once, on first use). */
        public String text() {
            String w = text;
            if (w == null) {
                w = source.substring(start, end);
                text = w;
            }
            return w;
        }

        /** The word's first character, without making its {@code String}. */
        public char first() {
            return source.charAt(start);
        }

        public int length() {
            return end - start;
        }

        public String titleCase() {
            String text = text();
            if (shape == Shape.UPPER) {
                StringBuilder b = new StringBuilder(text.length());
                boolean up = true;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    b.append(up ? c : Character.toLowerCase(c));
                    up = c == '-' || c == '\'';
                }
                return b.toString();
            }
            return text;
        }

        public String lower() {
            return text().toLowerCase(Locale.ROOT);
        }

        public boolean capitalized() {
            return shape == Shape.CAPITALIZED || shape == Shape.UPPER;
        }

        @Override
        public String toString() {
            return "Token[" + start + ", " + end + ", " + shape + (sentenceStart ? ", sentence start]" : "]");
        }
    }

    private Tokens() {
    }

    public static List<Token> of(String t) {
        int n = t.length();
        // About one token per six characters of ordinary text: sized once instead of grown from ten.
        List<Token> tokens = new ArrayList<>(Math.max(10, n / 5));
        boolean sentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!isLetter(c)) {
                if (c == '!' || c == '?' || c == '\n' || c == '"' || c == '(' || c == '•' || c == '*') {
                    sentenceStart = true;
                } else if (c == '.') {
                    // "Mr. Smith", "D. Grusová": a dot after an initial or a short capitalised abbreviation ends no sentence.
                    Token prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                    boolean abbreviation = prev != null && prev.end() == i && prev.capitalized() && prev.length() <= 3
                            || prev != null && prev.end() == i && prev.shape() == Shape.INITIAL;
                    sentenceStart = !abbreviation;
                } else if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                    sentenceStart = false;
                }
                i++;
                continue;
            }
            // The word's end and the case of its letters after the first in one pass (what shape() reads, see there).
            int j = i + 1;
            boolean anyLower = false;
            boolean anyUpperAfterFirst = false;
            while (j < n) {
                char d = t.charAt(j);
                if (d < 0x80) {
                    if (d >= 'a' && d <= 'z') {
                        anyLower = true;
                        j++;
                        continue;
                    }
                    if (d >= 'A' && d <= 'Z') {
                        anyUpperAfterFirst = true;
                        j++;
                        continue;
                    }
                } else if (Character.isLetter(d)) {
                    if (Character.isLowerCase(d)) {
                        anyLower = true;
                    } else if (Character.isUpperCase(d)) {
                        anyUpperAfterFirst = true;
                    }
                    j++;
                    continue;
                }
                // A joiner ('\'', '’', '-') before a letter stays in the word; the letter is read by the next turn.
                if ((d == '\'' || d == '’' || d == '-') && j + 1 < n && isLetter(t.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            Shape shape;
            // "Maclean's": the possessive is not part of the name.
            if (j - i > 3 && (t.charAt(j - 2) == '\'' || t.charAt(j - 2) == '’') && t.charAt(j - 1) == 's') {
                j -= 2;
                shape = shape(t, i, j);
            } else {
                shape = shape(Character.isUpperCase(c), anyLower, anyUpperAfterFirst, j - i);
            }
            // "NW1", "A4B": letters glued to digits are codes, not words.
            if (j < n && Character.isDigit(t.charAt(j)) || i > 0 && Character.isDigit(t.charAt(i - 1))) {
                shape = Shape.OTHER;
            }
            if (j - i == 1 && Character.isUpperCase(c) && (j < n && t.charAt(j) == '.' || c != 'I' && c != 'A' && j + 1 < n && t.charAt(j) == ' ' && Character.isUpperCase(t.charAt(j + 1)))) {
                shape = Shape.INITIAL;
            }
            tokens.add(new Token(t, i, j, shape, sentenceStart));
            sentenceStart = false;
            i = j;
        }
        return tokens;
    }

    /** {@link Character#isLetter(char)}, with the ASCII answer first (most characters of most texts). */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    private static Shape shape(String t, int from, int to) {
        boolean firstUpper = Character.isUpperCase(t.charAt(from));
        boolean anyLower = false;
        boolean anyUpperAfterFirst = false;
        for (int k = from + 1; k < to; k++) {
            char c = t.charAt(k);
            if (c < 0x80) {
                // ASCII: the same answers as Character.isLowerCase / isUpperCase, without the Unicode tables.
                if (c >= 'a' && c <= 'z') {
                    anyLower = true;
                } else if (c >= 'A' && c <= 'Z') {
                    anyUpperAfterFirst = true;
                }
            } else if (Character.isLowerCase(c)) {
                anyLower = true;
            } else if (Character.isUpperCase(c)) {
                anyUpperAfterFirst = true;
            }
        }
        return shape(firstUpper, anyLower, anyUpperAfterFirst, to - from);
    }

    private static Shape shape(boolean firstUpper, boolean anyLower, boolean anyUpperAfterFirst, int length) {
        if (firstUpper && !anyLower && length > 1) {
            return Shape.UPPER;
        }
        if (firstUpper) {
            return Shape.CAPITALIZED;
        }
        if (!anyUpperAfterFirst) {
            return Shape.LOWER;
        }
        return Shape.OTHER;
    }

    /** True when only blanks (no line break, no punctuation) separate two tokens. */
    public static boolean adjacent(String t, Token a, Token b) {
        if (b.start() - a.end() > 2 || b.start() == a.end()) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char c = t.charAt(k);
            if (c != ' ' && !(c == '.' && a.shape() == Shape.INITIAL)) {
                return false;
            }
        }
        return true;
    }
}
