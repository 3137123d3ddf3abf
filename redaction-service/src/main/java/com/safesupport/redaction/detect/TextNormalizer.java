package com.safesupport.redaction.detect;

import java.text.Normalizer;

/**
 * Undoes the usual evasions before detection: Unicode compatibility forms (NFKC: full-width digits and
 * letters, ligatures, non-breaking spaces), zero-width and bidirectional control characters, soft hyphens,
 * variation selectors, and the many dash characters. Each output character remembers which original
 * characters it came from.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static Scan normalize(String original, String language) {
        if (isPlainAscii(original)) {
            return new Scan(original, original, null, null, language, true);
        }
        if (unchangedByNormalizing(original)) {
            return new Scan(original, original, null, null, language, false);
        }
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int n = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement;
            if (cp < 0x80) {
                replacement = null;
            } else if (isInvisible(cp)) {
                replacement = "";
            } else if (isDash(cp)) {
                replacement = "-";
            } else {
                String one = new String(Character.toChars(cp));
                replacement = Normalizer.isNormalized(one, Normalizer.Form.NFKC) ? one : Normalizer.normalize(one, Normalizer.Form.NFKC);
            }
            if (replacement == null) {
                n = put(out, (char) cp, i, i + width, starts, ends, n);
            } else {
                for (int k = 0; k < replacement.length(); k++) {
                    if (n + 1 >= starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    n = put(out, replacement.charAt(k), i, i + width, starts, ends, n);
                }
            }
            i += width;
        }
        return new Scan(original, out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), language, false);
    }

    private static int put(StringBuilder out, char c, int from, int to, int[] starts, int[] ends, int n) {
        out.append(c);
        starts[n] = from;
        ends[n] = to;
        return n + 1;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the per-character loop below would copy the text unchanged, character for character: no surrogate
     * (whose two halves would map to one original range), nothing invisible, no dash, and the whole text already in
     * NFKC. A text in NFKC has every code point in NFKC on its own (a code point that normalisation changes alone is
     * a compatibility character or a composition exclusion, which no context recomposes), so one quick check of the
     * whole text replaces a check and a copy per character. Most non-ASCII support messages ("José", "Zürich") pass.
     */
    private static boolean unchangedByNormalizing(String s) {
        // The NFKC quick check first: it stops at the first character that needs normalising (full-width digits).
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || isInvisible(c) || isDash(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F)   // zero-width space, joiners, LRM/RLM
                || (cp >= 0x202A && cp <= 0x202E) // bidi embeddings and overrides
                || (cp >= 0x2060 && cp <= 0x2064) // word joiner, invisible operators
                || (cp >= 0x2066 && cp <= 0x2069) // bidi isolates
                || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E || cp == 0x034F
                || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private static boolean isDash(int cp) {
        return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 || cp == 0xFF0D;
    }
}
