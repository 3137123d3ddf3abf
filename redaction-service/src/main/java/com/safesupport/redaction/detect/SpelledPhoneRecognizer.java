package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Phone numbers written to slip past a digit scanner: digits spelled out in English words ("five five five, two
 * three four, ..."; "oh" and "o" for zero, "double five", "triple nine") or typed one at a time with blanks between
 * them ("5 5 5 - 2 3 4 - 7 8 9 0"), mixed freely with digit groups. A run of such tokens with 7 to 15 digits in all
 * (a leading "plus" or "+" makes it international) goes to the same libphonenumber rules as {@link PhoneRecognizer}:
 * a number valid for a configured region or its country code scores 0.75, a merely possible one 0.05 (context only).
 * A run of ordinary digit groups without a spelled or lone digit is left to {@link PhoneRecognizer}.
 *
 * A card number read out the same way (13 to 19 digits, eight or more of them words, passing Luhn) is a CREDIT_CARD.
 *
 * <p>One pass over the lower-case text, word by word: linear in the text.
 */
final class SpelledPhoneRecognizer extends ScannerRecognizer {

    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    /** Blanks and at most two of these between two tokens of one number. */
    private static final String SEPARATORS = ",-.()/";

    private final PhoneRecognizer phones;

    SpelledPhoneRecognizer(PhoneRecognizer phones) {
        super("SpelledPhoneRecognizer", "libphonenumber", "PHONE_NUMBER", "CREDIT_CARD");
        this.phones = phones;
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    /** The digit a word stands for, -1 when none. */
    static int digitWord(String lower, int from, int to) {
        int len = to - from;
        if (len == 1 && lower.charAt(from) == 'o' || len == 2 && lower.startsWith("oh", from) || len == 6 && lower.startsWith("nought", from)) {
            return 0;
        }
        // Every digit word has three to five letters and starts with one of "zotfsen": most words end here.
        char first = len >= 3 && len <= 5 ? lower.charAt(from) : 0;
        if (first != 'z' && first != 'o' && first != 't' && first != 'f' && first != 's' && first != 'e' && first != 'n') {
            return -1;
        }
        for (int d = 0; d < WORDS.length; d++) {
            if (WORDS[d].length() == len && Chars.startsWith(lower, from, WORDS[d])) {
                return d;
            }
        }
        return -1;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String l = scan.lower();
        int n = l.length();
        StringBuilder digits = new StringBuilder(16);
        int runStart = -1;
        int runEnd = -1;
        int spelled = 0;
        int lone = 0;
        int repeat = 1;
        boolean international = false;
        int i = 0;
        while (i <= n) {
            // The next token: letters or digits.
            int s = i;
            while (s < n && !Chars.asciiAlnum(l.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < n && Chars.asciiAlnum(l.charAt(e))) {
                e++;
            }
            boolean joined = runStart >= 0 && gap(l, runEnd, s);
            if (!joined && runStart >= 0) {
                flush(scan, out, digits, runStart, runEnd, spelled, lone, international);
                runStart = -1;
            }
            if (s >= n) {
                break;
            }
            int word = digitWord(l, s, e);
            boolean digitGroup = word < 0 && e - s <= 4 && Chars.allDigits(l, s, e);
            int multiplier = e - s == 6 && l.startsWith("double", s) ? 2 : e - s == 6 && l.startsWith("triple", s) ? 3 : 0;
            if (word < 0 && !digitGroup && multiplier == 0 && !(e - s == 4 && l.startsWith("plus", s))) {
                if (runStart >= 0) {
                    flush(scan, out, digits, runStart, runEnd, spelled, lone, international);
                    runStart = -1;
                }
                repeat = 1;
                i = e;
                continue;
            }
            if (runStart < 0) {
                digits.setLength(0);
                spelled = 0;
                lone = 0;
                repeat = 1;
                international = false;
                runStart = s;
                if (s > 0 && l.charAt(s - 1) == '+') {
                    runStart = s - 1;
                    international = true;
                }
            }
            if (multiplier > 0) {
                repeat = multiplier;
            } else if (e - s == 4 && l.startsWith("plus", s)) {
                if (digits.isEmpty()) {
                    international = true;
                } else {
                    flush(scan, out, digits, runStart, runEnd, spelled, lone, international);
                    runStart = -1;
                    i = e;
                    continue;
                }
            } else {
                for (int r = 0; r < repeat && digits.length() <= 19; r++) {
                    if (word >= 0) {
                        digits.append((char) ('0' + word));
                    } else {
                        digits.append(l, s, e);
                    }
                }
                if (word >= 0) {
                    spelled++;
                } else if (e - s == 1) {
                    lone++;
                }
                repeat = 1;
            }
            runEnd = e;
            i = e;
        }
    }

    /** Blanks and at most two separator characters, nothing else, and no more than four characters. */
    private static boolean gap(String l, int from, int to) {
        if (to - from > 4 || to == from) {
            return false;
        }
        int seps = 0;
        for (int k = from; k < to; k++) {
            char c = l.charAt(k);
            if (c == ' ') {
                continue;
            }
            if (SEPARATORS.indexOf(c) < 0 || ++seps > 2) {
                return false;
            }
        }
        return true;
    }

    private void flush(Scan scan, List<Candidate> out, StringBuilder digits, int start, int end, int spelled, int lone, boolean international) {
        int count = digits.length();
        // A card number read out ("four nine one seven, six zero …"): 13 to 19 digits, eight or more of them words,
        // passing Luhn (one random run in ten does: the words and the length are the rest of the evidence).
        if (count >= 13 && count <= 19 && spelled >= 8 && Checksums.luhn(digits.toString())) {
            add(out, "CREDIT_CARD", start, end, 0.6, "luhn");
            return;
        }
        // More than 15 digits (the appends stop at 20) is too long for a phone number: not this recogniser's.
        if (count < 7 || count > 15) {
            return;
        }
        // Spelled words, or digits typed one by one: ordinary digit groups are PhoneRecognizer's.
        if (spelled == 0 && lone < 7) {
            return;
        }
        double score = phones.scoreDigits(digits.toString(), international);
        if (score > 0) {
            add(out, "PHONE_NUMBER", start, end, score >= 0.35 ? 0.75 : score, "libphonenumber");
        }
    }
}
