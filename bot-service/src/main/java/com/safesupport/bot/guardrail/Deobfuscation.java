package com.safesupport.bot.guardrail;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 19 (issue 14): the message with the usual disguises of an instruction undone, for the prompt-injection rules
 * only: full-width and other compatibility forms (NFKC), Cyrillic and Greek look-alike letters inside an otherwise
 * Latin word ("ignоre" with a Cyrillic о), letters spelled apart ("i g n o r e", "d-i-s-r-e-g-a-r-d", "r.u.l.e.s"),
 * digits for letters inside a word ("1gn0r3 y0ur rul3s"), and words chained with hyphens or underscores
 * ("ignore-all-previous-instructions"). A message written plainly comes back unchanged, so the rules see it once.
 * Linear: every step is one pass of a pattern without nested quantifiers over the same characters.
 */
final class Deobfuscation {

    private Deobfuscation() {
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    // Cyrillic and Greek lower-case letters drawn like Latin ones (after lower-casing).
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'), Map.entry('к', 'k'), Map.entry('м', 'm'),
            Map.entry('т', 't'), Map.entry('н', 'h'), Map.entry('в', 'b'), Map.entry('ο', 'o'), Map.entry('α', 'a'),
            Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ε', 'e'));
    private static final Map<Character, Character> LEET = Map.of(
            '0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's', '7', 't', '@', 'a', '$', 's');

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+", FLAGS);
    // A word of letters and digits / @ / $ with at least one letter and one stand-in ("1gn0r3", "pr0mpt", "m3").
    private static final Pattern LEET_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}@$])(?=[\\p{L}\\p{N}@$]*\\p{L})(?=[\\p{L}\\p{N}@$]*[013457@$])[\\p{L}\\p{N}@$]{2,}(?![\\p{L}\\p{N}@$])", FLAGS);
    // Four or more single letters, each separated by the same one separator: "i g n o r e", "r.u.l.e.s", "d-i-s-r".
    private static final Pattern SPELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{L}([ .\\-_*])\\p{L}(?:\\1\\p{L}){2,}(?![\\p{L}\\p{N}])", FLAGS);
    // Three or more words chained with hyphens or underscores: "ignore-all-previous-instructions".
    private static final Pattern CHAINED = Pattern.compile("\\p{L}+(?:[-_]\\p{L}+){3,}", FLAGS);
    // Spelled-apart words: a gap of two or more spaces between letters separates words, one space separates letters.
    private static final Pattern WIDE_GAP = Pattern.compile("(?<=\\p{L}) {2,}(?=\\p{L})", FLAGS);

    /** The undisguised text (already {@link Patterns#normalize normalised} input), or the same string if nothing changed. */
    static String undo(String raw) {
        String t = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = replaceEach(WORD, t, Deobfuscation::latinise);
        // Spelled-apart text keeps its word gaps: mark them before single spaces go.
        t = WIDE_GAP.matcher(t).replaceAll(" \u0001 ");
        t = replaceEach(SPELLED, t, m -> m.replaceAll("[ .\\-_*]", ""));
        t = t.replace(" \u0001 ", " ").replace("\u0001", " ");
        t = replaceEach(CHAINED, t, m -> m.replace('-', ' ').replace('_', ' '));
        t = replaceEach(LEET_WORD, t, Deobfuscation::unleet);
        return Patterns.normalize(t);
    }

    private static String latinise(String word) {
        boolean latin = false, lookAlike = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            latin |= c >= 'a' && c <= 'z';
            lookAlike |= LOOK_ALIKES.containsKey(c);
        }
        if (!latin || !lookAlike) {
            return word;
        }
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            b.append(LOOK_ALIKES.getOrDefault(word.charAt(i), word.charAt(i)));
        }
        return b.toString();
    }

    private static String unleet(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            b.append(LEET.getOrDefault(word.charAt(i), word.charAt(i)));
        }
        return b.toString();
    }

    private static String replaceEach(Pattern p, String text, java.util.function.UnaryOperator<String> f) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m.group())));
        }
        m.appendTail(b);
        return b.toString();
    }
}
