package com.safesupport.bot.guardrail;

/**
 * Round 22 (issue 14): undoes three common disguises of an injection, so the rules can read it a second time. A hand
 * scanner, one pass over the text, linear in its length:
 * <ul>
 *   <li>letters spelled apart by one separator ("f o r g e t", "p-r-e-t-e-n-d", "i.g.n.o.r.e"): four or more single
 *       letters, each followed by the same one separator, are joined; a longer gap (two spaces) ends the word;</li>
 *   <li>digits written for letters inside a word ("1gn0r3", "pr3v10u5", "y0ur"): in a word that mixes letters and
 *       digits, 0 1 3 4 5 7 8 are read as o i e a s t b;</li>
 *   <li>a dot or asterisk between two letters ("ign.ore", "prev*ious") is dropped.</li>
 * </ul>
 * The result is only matched against, never shown or stored; the original text is always read too
 * ({@link PromptInjectionDetector#signals}), so this pass can only add a rule firing.
 */
final class Disguise {

    private static final int MIN_SPELLED = 4;

    private Disguise() {
    }

    /** The text with its disguises undone, or the same instance when there is nothing to undo. */
    static String undo(String text) {
        String joined = joinSpelled(text);
        String s = readDigitsAsLetters(joined);
        return s.equals(text) ? text : s;
    }

    // "f o r g e t" -> "forget": a run of single letters, each followed by the same one separator character.
    private static String joinSpelled(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!isSingleLetter(t, i) || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                out.append(t.charAt(i));
                i++;
                continue;
            }
            char sep = i + 1 < n ? t.charAt(i + 1) : 0;
            int last = i;
            int letters = 1;
            while (isSeparator(sep) && last + 2 < n && t.charAt(last + 1) == sep && isSingleLetter(t, last + 2)) {
                last += 2;
                letters++;
            }
            if (letters >= MIN_SPELLED) {
                for (int k = i; k <= last; k += 2) {
                    out.append(t.charAt(k));
                }
            } else {
                out.append(t, i, last + 1);
            }
            i = last + 1;
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '_' || c == '*';
    }

    // a letter with no letter or digit right after it
    private static boolean isSingleLetter(String t, int i) {
        return Character.isLetter(t.charAt(i)) && (i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1)));
    }

    // "1gn0r3" -> "ignore"; "ign.ore" -> "ignore": within a word that has letters, digits read as letters and a dot,
    // asterisk or underscore between two letters dropped. Words of digits only (amounts, dates) are left alone.
    private static String readDigitsAsLetters(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(t.charAt(i))) {
                out.append(t.charAt(i));
                i++;
                continue;
            }
            int j = i;
            boolean letter = false;
            boolean digit = false;
            while (j < n && (Character.isLetterOrDigit(t.charAt(j)) || isInnerMark(t, j))) {
                char c = t.charAt(j);
                letter |= Character.isLetter(c);
                digit |= Character.isDigit(c);
                j++;
            }
            for (int k = i; k < j; k++) {
                char c = t.charAt(k);
                if (isInnerMark(t, k)) {
                    continue;
                }
                out.append(letter && digit ? leet(c) : c);
            }
            i = j;
        }
        return out.toString();
    }

    // a '.' or '*' with a letter on both sides ("ign.ore"); "3.5" and "e.g. " keep theirs. Not '_': identifiers such as
    // "prompt_text" are written that way without any disguise
    private static boolean isInnerMark(String t, int k) {
        char c = t.charAt(k);
        return (c == '.' || c == '*') && k > 0 && k + 1 < t.length()
                && Character.isLetter(t.charAt(k - 1)) && Character.isLetter(t.charAt(k + 1));
    }

    private static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            default -> c;
        };
    }
}
