package com.safesupport.redaction.detect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Tokens#of} finds each word's shape while it seeks the word's end (one pass, round 12): the same tokens — offsets,
 * shapes, sentence starts — as the two-pass tokenizer it replaced (kept below as the reference), on random texts glued
 * from letters of every case class (ASCII, 'İ', 'ß', 'Σ', the title-case 'ǅ', 'ª'), joiners, possessives, digits and
 * sentence marks.
 */
class TokensOnePassTest {

    @Test
    void sameTokensAsTheTwoPassTokenizer() {
        String[] pieces = {"a", "b", "Z", "Q", "x", "İ", "ß", "Σ", "ς", "ǅ", "ª", "é", "Ö", "'", "’", "-", "'s", "’s", "s", "1", "42",
                " ", " ", " ", ".", "!", "?", "\n", "\"", "(", "•", "*", ",", "I", "A", "D.", "Mr.", "O'Brien", "Maclean's", "NW1", "—"};
        Random random = new Random(12);
        long tokens = 0;
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<Tokens.Token> actual = Tokens.of(text);
            List<String> expected = reference(text);
            List<String> got = actual.stream().map(Tokens.Token::toString).toList();
            assertEquals(expected, got, () -> "text " + text);
            tokens += got.size();
        }
        assertTrue(tokens > 50_000, "tokens " + tokens);
    }

    /** The tokenizer before round 12, as strings ({@link Tokens.Token#toString}). */
    private static List<String> reference(String t) {
        int n = t.length();
        List<int[]> tokens = new ArrayList<>();
        List<String> out = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!isLetter(c)) {
                if (c == '!' || c == '?' || c == '\n' || c == '"' || c == '(' || c == '•' || c == '*') {
                    sentenceStart = true;
                } else if (c == '.') {
                    int[] prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
                    boolean capitalized = prev != null && (prev[2] == Tokens.Shape.CAPITALIZED.ordinal() || prev[2] == Tokens.Shape.UPPER.ordinal());
                    boolean abbreviation = prev != null && prev[1] == i && capitalized && prev[1] - prev[0] <= 3
                            || prev != null && prev[1] == i && prev[2] == Tokens.Shape.INITIAL.ordinal();
                    sentenceStart = !abbreviation;
                } else if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                    sentenceStart = false;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = t.charAt(j);
                if (isLetter(d)) {
                    j++;
                } else if ((d == '\'' || d == '’' || d == '-') && j + 1 < n && isLetter(t.charAt(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j - i > 3 && (t.charAt(j - 2) == '\'' || t.charAt(j - 2) == '’') && t.charAt(j - 1) == 's') {
                j -= 2;
            }
            Tokens.Shape shape = shape(t, i, j);
            if (j < n && Character.isDigit(t.charAt(j)) || i > 0 && Character.isDigit(t.charAt(i - 1))) {
                shape = Tokens.Shape.OTHER;
            }
            if (j - i == 1 && Character.isUpperCase(c) && (j < n && t.charAt(j) == '.' || c != 'I' && c != 'A' && j + 1 < n && t.charAt(j) == ' '
                    && Character.isUpperCase(t.charAt(j + 1)))) {
                shape = Tokens.Shape.INITIAL;
            }
            tokens.add(new int[] {i, j, shape.ordinal()});
            out.add("Token[" + i + ", " + j + ", " + shape + (sentenceStart ? ", sentence start]" : "]"));
            sentenceStart = false;
            i = j;
        }
        return out;
    }

    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    private static Tokens.Shape shape(String t, int from, int to) {
        boolean firstUpper = Character.isUpperCase(t.charAt(from));
        boolean anyLower = false;
        boolean anyUpperAfterFirst = false;
        for (int k = from + 1; k < to; k++) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c)) {
                anyLower = true;
            } else if (Character.isUpperCase(c)) {
                anyUpperAfterFirst = true;
            }
        }
        if (firstUpper && !anyLower && to - from > 1) {
            return Tokens.Shape.UPPER;
        }
        if (firstUpper) {
            return Tokens.Shape.CAPITALIZED;
        }
        if (!anyUpperAfterFirst) {
            return Tokens.Shape.LOWER;
        }
        return Tokens.Shape.OTHER;
    }
}
