package com.safesupport.redaction.detect;

import java.util.List;

/**
 * Round 65: set phrases that hold a given name but name nobody — "Murphy's law", "Bob's your uncle", "a doubting
 * Thomas", "every Tom, Dick and Harry", "for Pete's sake", "a nosy parker", "Hinz und Kunz", "Jan Modaal". A
 * {@code PERSON} candidate lying wholly inside such phrases is not reported. Written from general knowledge of English,
 * German and Dutch sayings (a fixed list of string constants, no resource file); a person merely named like the figure
 * of a saying ("Thomas Brandt", "Pete wrote …") is untouched, as the whole phrase must stand there, between word
 * boundaries.
 *
 * <p>Cost: only texts with a {@code PERSON} candidate are searched, each phrase with {@link String#indexOf} over the
 * lower-cased text (curly apostrophes and blanks of any kind compared as "'" and " "): linear in the text.
 */
final class NameIdioms {

    private NameIdioms() {
    }

    /** Lower case, one blank between words, "'" for any apostrophe. */
    private static final String[] PHRASES = {
            // English
            "murphy's law", "bob's your uncle", "doubting thomas", "peeping tom",
            "tom, dick and harry", "tom, dick, and harry", "tom, dick or harry", "tom, dick, or harry", "tom dick and harry",
            "for pete's sake", "for pete sake", "jack of all trades", "jack the lad", "jack-in-the-box", "jack in the box",
            "before you can say jack robinson", "smart alec", "smart aleck", "nosy parker", "nosey parker", "the real mccoy",
            "keeping up with the joneses", "keep up with the joneses", "rob peter to pay paul", "robbing peter to pay paul",
            "heath robinson", "hobson's choice", "parkinson's law", "dear john letter", "lazy susan", "bloody mary",
            "typhoid mary", "moaning minnie", "nervous nellie", "chatty cathy", "debbie downer", "negative nancy",
            "johnny-come-lately", "johnny come lately", "johnny-on-the-spot", "johnny on the spot", "simple simon",
            "even stevens", "even steven", "uncle sam", "jekyll and hyde", "the full monty", "mickey mouse",
            "billy-no-mates", "billy no mates", "silly billy", "a right charlie", "a proper charlie", "jack frost",
            "davy jones's locker", "davy jones' locker", "davy jones locker", "rube goldberg", "happy as larry",
            "fanny's your aunt", "sweet fanny adams", "gone pete tong", "uncle tom cobley", "heavens to betsy",
            "tom thumb", "average joe", "joe public",
            // German
            "hinz und kunz", "otto normalverbraucher", "krethi und plethi",
            // Dutch
            "jan modaal", "jan en alleman", "jan met de pet", "jan publiek",
    };

    /**
     * Removes from {@code candidates} every {@code PERSON} candidate whose every character lies inside the phrases found in
     * {@code lower} (the scan's lower-cased text, same offsets).
     */
    static void dropInsideIdioms(String lower, List<Candidate> candidates) {
        boolean person = false;
        for (Candidate c : candidates) {
            if ("PERSON".equals(c.type)) {
                person = true;
                break;
            }
        }
        if (!person) {
            return;
        }
        String text = normalised(lower);
        java.util.BitSet covered = null;
        for (String phrase : PHRASES) {
            int from = 0;
            int at;
            while ((at = text.indexOf(phrase, from)) >= 0) {
                int end = at + phrase.length();
                if (boundary(text, at - 1) && boundary(text, end)) {
                    if (covered == null) {
                        covered = new java.util.BitSet(text.length());
                    }
                    covered.set(at, end);
                }
                from = at + 1;
            }
        }
        if (covered == null) {
            return;
        }
        java.util.BitSet marks = covered;
        candidates.removeIf(c -> "PERSON".equals(c.type) && c.start < c.end && marks.nextClearBit(c.start) >= c.end);
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static String normalised(String lower) {
        char[] chars = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char r = c == '\u2019' || c == '\u2018' || c == '\u02bc' ? '\'' : Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c;
            if (r != c) {
                if (chars == null) {
                    chars = lower.toCharArray();
                }
                chars[i] = r;
            }
        }
        return chars == null ? lower : new String(chars);
    }
}
