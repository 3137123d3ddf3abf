package com.safesupport.redaction.detect;

import java.util.Set;

/**
 * Days and years said in words, as a call transcript writes them: an ordinal day before a month ("the ninth of
 * February", "twenty-second June", "thirty first of May") and a year after it ("nineteen seventy-one", "nineteen oh
 * five", "two thousand and one", "twenty twelve"). {@link DateRecognizer} reads them around a month name only; each
 * reads a constant window (at most five words).
 */
final class SpokenDates {

    private SpokenDates() {
    }

    private static final Set<String> UNIT_ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth");
    private static final Set<String> OTHER_ORDINALS = Set.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth");
    private static final Set<String> UNITS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final Set<String> TEENS = Set.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /**
     * The start of an ordinal day in words that ends at {@code end} ("ninth", "twenty-second", "thirty first",
     * "twentieth"), -1 when there is none; "thirty" only before "first", and never a day past the thirty-first.
     */
    static int ordinalBefore(String l, int end) {
        int s = wordStart(l, end);
        if (s < 0) {
            return -1;
        }
        String w = l.substring(s, end);
        int dash = w.indexOf('-');
        if (dash > 0) {
            String tens = w.substring(0, dash);
            String unit = w.substring(dash + 1);
            return (tens.equals("twenty") && UNIT_ORDINALS.contains(unit) || tens.equals("thirty") && unit.equals("first")) ? s : -1;
        }
        if (OTHER_ORDINALS.contains(w)) {
            return s;
        }
        if (!UNIT_ORDINALS.contains(w)) {
            return -1;
        }
        if (s >= 1 && l.charAt(s - 1) == ' ') {
            int p = wordStart(l, s - 1);
            if (p >= 0) {
                String tens = l.substring(p, s - 1);
                if (tens.equals("twenty") || tens.equals("thirty") && w.equals("first")) {
                    return p;
                }
            }
        }
        return s;
    }

    /** The start of the word of letters and hyphens that ends at {@code end} (at most 16 characters), or -1. */
    private static int wordStart(String l, int end) {
        int s = end;
        while (s > 0 && end - s < 16 && (Chars.asciiLetter(l.charAt(s - 1)) || l.charAt(s - 1) == '-')) {
            s--;
        }
        return s == end || s > 0 && Chars.letterOrDigit(l.charAt(s - 1)) ? -1 : s;
    }

    /**
     * The end of a year said in words that starts at {@code at}: "nineteen" or "eighteen" then "oh five" / a teen / a
     * tens word with an optional unit ("seventy-one", "eighty four"); "twenty" then a teen or a tens word ("twenty twelve",
     * "twenty twenty-one"); "two thousand" alone or with "and" and up to ninety-nine. -1 when none.
     */
    static int yearAt(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String first = l.substring(w[0], w[1]);
        int next = w[1] + 1;
        if (first.equals("two") && l.startsWith(" thousand", w[1]) && !Chars.asciiLetter(Chars.at(l, w[1] + 9))) {
            int end = w[1] + 9;
            int rest = l.startsWith(" and ", end) ? end + 5 : Chars.at(l, end) == ' ' ? end + 1 : -1;
            int tail = rest > 0 ? below100(l, rest) : -1;
            return tail > 0 ? tail : end;
        }
        if (!(first.equals("nineteen") || first.equals("eighteen") || first.equals("twenty")) || Chars.at(l, w[1]) != ' ') {
            return -1;
        }
        if (!first.equals("twenty") && (l.startsWith("oh ", next) || l.startsWith("o ", next))) {
            int u = next + (l.startsWith("oh ", next) ? 3 : 2);
            return word(l, u, w) && UNITS.contains(l.substring(w[0], w[1])) ? w[1] : -1;
        }
        int tail = below100(l, next);
        if (tail < 0) {
            return -1;
        }
        // "twenty" then a unit alone ("twenty one") is a number, not a year.
        return first.equals("twenty") && UNITS.contains(l.substring(next, tail)) ? -1 : tail;
    }

    /**
     * The end of a two-digit year said in words at {@code at}, as a caller gives a birth year after the day and month
     * ("the ninth of May, eighty-seven", round 34): a tens word and a unit ("eighty-seven", "seventy four") that ends the
     * clause (end of text or line, '.', ',', ';', '?', '!'); -1 when none. A tens word alone or a number that goes on
     * ("twenty-two of us") is no year. Reads at most two words.
     */
    static int shortYearAt(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String x = l.substring(w[0], w[1]);
        int end = -1;
        int dash = x.indexOf('-');
        if (dash > 0) {
            end = TENS.contains(x.substring(0, dash)) && UNITS.contains(x.substring(dash + 1)) ? w[1] : -1;
        } else if (TENS.contains(x)) {
            int[] u = new int[2];
            end = Chars.at(l, w[1]) == ' ' && word(l, w[1] + 1, u) && UNITS.contains(l.substring(u[0], u[1])) ? u[1] : -1;
        }
        if (end < 0) {
            return -1;
        }
        char c = Chars.at(l, end);
        return end == l.length() || ".,;?!\n".indexOf(c) >= 0 ? end : -1;
    }

    /** The end of ten to ninety-nine in words at {@code at} ("twelve", "seventy", "seventy-one", "eighty four"), or -1. */
    private static int below100(String l, int at) {
        int[] w = new int[2];
        if (!word(l, at, w)) {
            return -1;
        }
        String x = l.substring(w[0], w[1]);
        int dash = x.indexOf('-');
        if (dash > 0) {
            return TENS.contains(x.substring(0, dash)) && UNITS.contains(x.substring(dash + 1)) ? w[1] : -1;
        }
        if (TEENS.contains(x)) {
            return w[1];
        }
        if (!TENS.contains(x)) {
            return UNITS.contains(x) ? w[1] : -1;
        }
        int[] u = new int[2];
        if (Chars.at(l, w[1]) == ' ' && word(l, w[1] + 1, u) && UNITS.contains(l.substring(u[0], u[1]))) {
            return u[1];
        }
        return w[1];
    }

    /** The word of ASCII letters and hyphens at {@code at} (at most 16 characters) into {@code w}; false when none. */
    private static boolean word(String l, int at, int[] w) {
        int e = at;
        while (e < l.length() && e - at < 16 && (Chars.asciiLetter(l.charAt(e)) || l.charAt(e) == '-' && e > at)) {
            e++;
        }
        if (e == at || e - at >= 16 || Chars.letterOrDigit(Chars.at(l, e)) || l.charAt(e - 1) == '-') {
            return false;
        }
        w[0] = at;
        w[1] = e;
        return true;
    }
}
