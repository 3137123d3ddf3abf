package com.safesupport.bot.guardrail;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 30 (issue 14): a word one slip of the keyboard away from one of the few words a request for a person hinges
 * on ("humna", "opertor", "somone", "speek") read as that word, so the human-request rules see what the customer
 * meant. One edit only (a letter added, dropped, changed, or two neighbours swapped), words of five letters or more,
 * and never a real word that happens to be one edit away ("argent", "humane", "sneak", "manage"): a customer who
 * types quickly and is upset is the one who should not have to spell "operator" right.
 */
final class Typos {

    private static final List<String> TARGETS = List.of("human", "humans", "person", "people", "operator", "agent",
            "someone", "somebody", "anyone", "anybody", "representative", "advisor", "adviser", "speak", "colleague");
    /** Real words one edit from a target: never corrected. */
    private static final Set<String> REAL_WORDS = Set.of("argent", "agents", "humane", "humans", "persons", "parson",
            "sneak", "speck", "spear", "steak", "speaks", "peoples", "operators", "advisors", "advisers", "colleagues",
            "advisory", "aged", "agency", "urgent", "person's", "someones");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,16}");

    private Typos() {
    }

    /** The (normalised) text with each near-miss of a target word replaced by it; the same string when there is none. */
    static String corrected(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String target = nearest(word);
            if (target != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8);
                }
                out.append(text, last, m.start()).append(target);
                last = m.end();
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static String nearest(String word) {
        if (REAL_WORDS.contains(word) || TARGETS.contains(word)) {
            return null;
        }
        for (String t : TARGETS) {
            if (Math.abs(t.length() - word.length()) <= 1 && withinOneEdit(word, t)) {
                return t;
            }
        }
        return null;
    }

    /** Optimal string alignment distance at most 1 (insertion, deletion, substitution or adjacent transposition). */
    static boolean withinOneEdit(String a, String b) {
        int i = 0;
        int n = Math.min(a.length(), b.length());
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (i == a.length()) {
                return true;
            }
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
