package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A list of case-insensitive patterns; the text matches when any of them is found. */
record Patterns(List<Pattern> patterns) {

    // Compiled once: String.replaceAll compiled it on each of the six or seven normalisations of a message.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static Patterns of(String... regexes) {
        return new Patterns(java.util.Arrays.stream(regexes)
                .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
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

    int countIn(String text) {
        int n = 0;
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                n++;
            }
        }
        return n;
    }

    /** Lower case, typographic quotes and apostrophes straightened, runs of whitespace collapsed. */
    static String normalize(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return WHITESPACE.matcher(t).replaceAll(" ").strip();
    }
}
