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
 * <p>Cost: only texts with a {@code PERSON} candidate are searched, in one pass over the lower-cased text with one
 * look-up per word (curly apostrophes and blanks of any kind compared as "'" and " "): linear in the text.
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

    /** The phrases, for the test that compares the one-pass search with a search per phrase. */
    static List<String> phrases() {
        return List.of(PHRASES);
    }

    /** The phrases by their first word (the letters and digits before their first other character). */
    private static final RegionMap<String[]> BY_FIRST_WORD = byFirstWord();

    private static RegionMap<String[]> byFirstWord() {
        java.util.Map<String, List<String>> lists = new java.util.HashMap<>();
        for (String phrase : PHRASES) {
            int k = 0;
            while (k < phrase.length() && Character.isLetterOrDigit(phrase.charAt(k))) {
                k++;
            }
            lists.computeIfAbsent(phrase.substring(0, k), w -> new java.util.ArrayList<>()).add(phrase);
        }
        java.util.Map<String, String[]> arrays = new java.util.HashMap<>();
        lists.forEach((w, l) -> arrays.put(w, l.toArray(String[]::new)));
        return new RegionMap<>(arrays);
    }

    /**
     * Removes from {@code candidates} every {@code PERSON} candidate whose every character lies inside the phrases found in
     * {@code lower} (the scan's lower-cased text, same offsets).
     *
     * <p>One pass (round 66; round 65 ran one {@code indexOf} per phrase): every phrase opens with a letter and must
     * follow a character that is no letter or digit, so a phrase can only start where a word starts; there the word
     * (the maximal run of letters and digits, which is then exactly the phrase's first word) is looked up once in
     * {@link #BY_FIRST_WORD} and only the phrases it opens are compared — the word-level automaton of
     * {@link LanguagePack.ContextIndex}. The same occurrences as an {@code indexOf} per phrase, overlapping ones
     * included.
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
        java.util.BitSet covered = null;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            if (!wordChar(lower.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && wordChar(lower.charAt(j))) {
                j++;
            }
            String[] phrases = BY_FIRST_WORD.get(lower, i, j);
            if (phrases != null) {
                for (String phrase : phrases) {
                    int end = i + phrase.length();
                    if (end <= n && matches(lower, i, phrase) && (end == n || !wordChar(lower.charAt(end)))) {
                        if (covered == null) {
                            covered = new java.util.BitSet(n);
                        }
                        covered.set(i, end);
                    }
                }
            }
            i = j;
        }
        if (covered == null) {
            return;
        }
        java.util.BitSet marks = covered;
        candidates.removeIf(c -> "PERSON".equals(c.type) && c.start < c.end && marks.nextClearBit(c.start) >= c.end);
    }

    /** {@code phrase} stands at {@code at}, any apostrophe read as "'" and any blank as " ". */
    private static boolean matches(String lower, int at, String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            if (normalised(lower.charAt(at + k)) != phrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A letter or digit once apostrophes and blanks are read as "'" and " " (U+02BC is a modifier letter). */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(normalised(c));
    }

    private static char normalised(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02bc' ? '\'' : Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c;
    }
}
