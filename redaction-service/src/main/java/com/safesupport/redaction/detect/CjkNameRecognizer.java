package com.safesupport.redaction.detect;

import java.util.List;

/**
 * Names written in Chinese characters or Hangul inside a message written in Latin letters ("account holder: 王秀英",
 * "cc 김민지", "佐藤 健太"): the learned name model reads Latin words only. A run of two to four Han characters or two to
 * four Hangul syllables, with no other letter glued to either side, is a person; two such runs of one script split by
 * one blank (family and given name, at most five characters together) are one. Only in a text with at least two Latin
 * letters and at most {@value #MAX_CJK} Han or Hangul characters in all: a text written in Chinese, Japanese or Korean
 * is not a Latin message with a name in it, and its words are not read as names. One pass over the text: linear.
 */
final class CjkNameRecognizer extends ScannerRecognizer {

    /** More Han or Hangul characters than this in one text: a text in that language, left alone. */
    static final int MAX_CJK = 16;

    CjkNameRecognizer() {
        super("CjkNameRecognizer", "script", "PERSON");
    }

    private static int script(char c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return 2; // Hangul syllable
        }
        if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c == '\u3005') {
            return 1; // Han (the common and extension-A blocks), and round 87: the iteration mark "々" ("佐々木")
        }
        return 0;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasNonAscii()) {
            return; // Han and Hangul lie far above ASCII: a text of ASCII alone has none (most texts end here)
        }
        String t = scan.text();
        int n = t.length();
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (script(c) != 0) {
                cjk++;
            } else if (c < 0x80 && Character.isLetter(c)) {
                latin++;
            }
        }
        if (cjk == 0 || cjk > MAX_CJK || latin < 2) {
            return;
        }
        int i = 0;
        while (i < n) {
            int s = script(t.charAt(i));
            if (s == 0) {
                i++;
                continue;
            }
            int start = i;
            int end = runEnd(t, i, s);
            int first = end - start;
            // "佐藤 健太", "김 민지": a second run of the same script after one blank joins the first.
            if (Chars.at(t, end) == ' ' && end + 1 < n && script(t.charAt(end + 1)) == s) {
                int second = runEnd(t, end + 1, s);
                if (first <= 3 && second - end - 1 <= 3 && first + second - end - 1 <= 5 && clean(t, start, second)) {
                    add(out, "PERSON", start, second, 0.6, "script");
                    i = second;
                    continue;
                }
                i = second;
                continue;
            }
            if (first >= 2 && first <= 4 && clean(t, start, end)) {
                add(out, "PERSON", start, end, 0.6, "script");
            }
            i = end;
        }
    }

    private static int runEnd(String t, int i, int s) {
        int j = i;
        while (j < t.length() && script(t.charAt(j)) == s) {
            j++;
        }
        return j;
    }

    /** No other letter (kana, Latin, another script) glued to either side. */
    private static boolean clean(String t, int start, int end) {
        return !Character.isLetter(Chars.at(t, start - 1)) && !Character.isLetter(Chars.at(t, end));
    }
}
