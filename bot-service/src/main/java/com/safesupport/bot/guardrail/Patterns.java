package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of case-insensitive patterns; the text matches when any of them is found. Compiled Unicode-aware
 * ({@link Pattern#UNICODE_CHARACTER_CLASS}): since Java 19 {@code \b} and {@code \w} are ASCII-only otherwise, so a
 * rule word beginning or ending with ä, é, ó or ß next to {@code \b} ("überspring…", "olvidá", "énervée") never
 * matched, and {@code \w+} stopped before such a letter. Costs about a tenth more CPU than ASCII classes; explicit
 * lookarounds ({@code (?<![\p{L}\p{N}_])}) cost three to four times as much (docs/bot-evaluation.md, round 18).
 */
record Patterns(List<Pattern> patterns) {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    // Compiled once: String.replaceAll compiled it on each of the six or seven normalisations of a message. Round 19:
    // Unicode whitespace (no-break space, U+2000–U+200A, U+202F, U+205F, U+3000, line and paragraph separators), not
    // ASCII only, so "ignore\u00a0all\u00a0previous\u00a0instructions" reads as four words.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    // Round 19: invisible format characters (zero-width space, joiners, word joiner, byte-order mark, soft hyphen,
    // bidirectional marks: Unicode category Cf) are dropped, so "ig\u200bnore" reads "ignore". The normalised text
    // is only matched against, never shown or stored.
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    static Patterns of(String... regexes) {
        return new Patterns(java.util.Arrays.stream(regexes)
                .map(r -> Pattern.compile(r, FLAGS))
                .toList());
    }

    boolean foundIn(String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first pattern found in the text, or -1. */
    int firstIn(String text) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(text).find()) {
                return i;
            }
        }
        return -1;
    }

    /** Round 32: every match of every pattern replaced by one space (the patterns in order; one pass each). */
    String maskIn(String text) {
        String t = text;
        for (Pattern p : patterns) {
            t = p.matcher(t).replaceAll(" ");
        }
        return t;
    }

    int countIn(String text) {
        int n = 0;
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Lower case, typographic quotes and apostrophes straightened, invisible format characters dropped, runs of
     * (Unicode) whitespace collapsed to one space.
     */
    static String normalize(String text) {
        String t = INVISIBLE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }
}
