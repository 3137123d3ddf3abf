package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * IBANs, compact or grouped: the country code fixes the length, then the ISO 13616 mod-97 check must hold. Reading
 * exactly the country's length keeps the span from running into the next word. Between the characters a writer may
 * put one blank, two blanks, a dash or a dot anywhere ("DE34 37040044 0987654321", "IT 61 X 03069 09606 …",
 * "ES17-0049-1500-05-…", "PT78 0035.0651.…"), and one blank between the country code and the check digits: the
 * checksum and the exact length decide, not the grouping. An IBAN is written in capitals (ISO 13616 prints it so); a
 * lower-case or mixed-case one is not reported, as Presidio does not and issue 11's specification asks, because
 * lower-case letter-and-digit runs are far more often something else — unless (round 50) the word "iban" labels it
 * right before ("my iban: fr71-…", "iban is gb26hbuk…", "IBAN de07…"): then the label, the country's length and the
 * mod-97 check decide in any case.
 */
public final class IbanRecognizer implements Recognizer {

    @Override
    public String name() {
        return "IbanRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("IBAN_CODE");
    }

    @Override
    public String validator() {
        return "iso13616-mod97";
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasDigit()) {
            return;
        }
        String t = scan.text();
        String l = scan.lower();
        int n = t.length();
        for (int i = 0; i + 15 <= n; i++) {
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            boolean capitals = Chars.upper(t.charAt(i)) && Chars.upper(t.charAt(i + 1));
            boolean labelled = !capitals && Chars.asciiLetter(t.charAt(i)) && Chars.asciiLetter(t.charAt(i + 1)) && afterIbanLabel(l, i);
            if (!capitals && !labelled) {
                continue;
            }
            // The check digits right after the country code, or after one blank ("IT 61 X …").
            int d = i + 2;
            if (t.charAt(d) == ' ') {
                d++;
            }
            if (d + 1 >= n || !Chars.digit(t.charAt(d)) || !Chars.digit(t.charAt(d + 1))) {
                continue;
            }
            String country = labelled ? t.substring(i, i + 2).toUpperCase(java.util.Locale.ROOT) : t.substring(i, i + 2);
            Integer length = Checksums.IBAN_LENGTHS.get(country);
            if (length == null) {
                continue;
            }
            StringBuilder compact = new StringBuilder(length).append(country);
            int j = d;
            while (j < n && compact.length() < length) {
                char c = t.charAt(j);
                if (Chars.digit(c) || Chars.upper(c)) {
                    compact.append(c);
                    j++;
                } else if (labelled && Chars.asciiLetter(c)) {
                    compact.append(Character.toUpperCase(c));
                    j++;
                } else if (separator(t, j)) {
                    j += t.charAt(j) == ' ' && t.charAt(j + 1) == ' ' ? 2 : 1;
                } else {
                    break;
                }
            }
            if (compact.length() != length || (j < n && Chars.letterOrDigit(t.charAt(j)))) {
                continue;
            }
            if (Checksums.iban(compact.toString())) {
                out.add(new Candidate("IBAN_CODE", i, j, 1.0, this, "iso13616-mod97"));
                i = j - 1;
            }
        }
    }

    /** What may stand between the label "iban" and its value: "is", "no", "nr", "number", "num". */
    private static final List<String> LABEL_LINKS = List.of("number", "num", "nr", "no", "is");

    /**
     * Round 50: whether the word "iban" labels the value starting at {@code i} of the lower-cased text: "iban", then
     * blanks, ':', '=', '#', '.' or a line break (at most four; "iban:\nat15 …"), perhaps one of {@link #LABEL_LINKS} and again at most four of those
     * marks, then the value; "iban" opens the text or follows no letter or digit ("my iban: fr71-…", "iban is gb26…",
     * "IBAN no. de07…"). Reads at most 20 characters back: constant per position.
     */
    static boolean afterIbanLabel(String l, int i) {
        int k = labelMarks(l, i);
        if (k == i) {
            return false;
        }
        for (String w : LABEL_LINKS) {
            int s = k - w.length();
            if (s > 0 && l.startsWith(w, s) && !Character.isLetterOrDigit(l.charAt(s - 1))) {
                int before = labelMarks(l, s);
                if (before < s && ibanEndsAt(l, before)) {
                    return true;
                }
            }
        }
        return ibanEndsAt(l, k);
    }

    /** The start of at most four blanks, ':', '=', '#', '.' or line-break characters ending at {@code k}. */
    private static int labelMarks(String l, int k) {
        int s = k;
        while (s > 0 && k - s < 4 && " :=#.\n\r".indexOf(l.charAt(s - 1)) >= 0) {
            s--;
        }
        return s;
    }

    private static boolean ibanEndsAt(String l, int k) {
        return k >= 4 && l.startsWith("iban", k - 4) && (k == 4 || !Character.isLetterOrDigit(l.charAt(k - 5)));
    }

    /**
     * One blank, two blanks, a dash, a dot, an underscore or a slash at {@code j} with a letter or digit right after: a
     * separator inside an IBAN ("DE44_5001_…" and "PL06/2490/…" as pasted from forms and spreadsheets; the length and
     * mod-97 check decide as for blanks).
     */
    private static boolean separator(String t, int j) {
        char c = t.charAt(j);
        int k = c == ' ' && j + 1 < t.length() && t.charAt(j + 1) == ' ' ? j + 2 : j + 1;
        return (c == ' ' || c == '-' || c == '.' || c == '_' || c == '/') && k < t.length() && Chars.asciiAlnum(t.charAt(k));
    }
}
