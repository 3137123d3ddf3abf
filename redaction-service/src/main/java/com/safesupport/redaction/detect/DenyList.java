package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values always reported ({@code DENY_LIST}), matched case-insensitively on word boundaries in one pass: at each
 * position where a word may start, the values beginning with that word are compared (a dictionary keyed by the
 * first word, not a regular expression alternation).
 */
final class DenyList {

    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    private DenyList() {
    }

    /** Null when there is nothing to deny. */
    static DenyList of(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        DenyList d = new DenyList();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String value = v.trim().toLowerCase(Locale.ROOT);
            d.byFirstWord.computeIfAbsent(firstWord(value, 0), k -> new ArrayList<>()).add(value);
        }
        return d.byFirstWord.isEmpty() ? null : d;
    }

    private static String firstWord(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return s.substring(from, k);
    }

    void find(String lower, Recognizer source, List<Candidate> out) {
        int n = lower.length();
        List<String> leadingSymbol = byFirstWord.get("");
        for (int p = 0; p < n; p++) {
            if (p > 0 && Character.isLetterOrDigit(lower.charAt(p - 1))) {
                continue;
            }
            List<String> values = Character.isLetterOrDigit(lower.charAt(p)) ? byFirstWord.get(firstWord(lower, p)) : leadingSymbol;
            if (values == null) {
                continue;
            }
            for (String v : values) {
                int end = p + v.length();
                if (lower.startsWith(v, p) && (end >= n || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    out.add(new Candidate("DENY_LIST", p, end, 1.0, source, null));
                }
            }
        }
    }
}
