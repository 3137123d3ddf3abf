package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * Postcodes: the UK and Canadian shapes are distinctive enough alone; a US ZIP counts after a state code
 * ("CA 94105") or near "zip"/"postcode"; other national shapes only near such words. Each shape is checked
 * at word starts by a few character-class tests (no regular expression).
 */
final class ZipCodeRecognizer extends ScannerRecognizer {

    private static final Set<String> STATES = Set.of("AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID",
            "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY", "AA", "AE", "AP", "PR", "GU", "VI");

    ZipCodeRecognizer() {
        super("ZipCodeRecognizer", null, "ZIP_CODE");
    }

    private static boolean in(char c, String set) {
        return c != '\0' && set.indexOf(c) >= 0;
    }

    /** UK postcode at i ("SW1A 1AA", "M1 1AE", "GIR 0AA"); its end, or -1. */
    static int uk(String t, int i) {
        int n = t.length();
        if (t.startsWith("GIR", i)) {
            int k = Chars.at(t, i + 3) == ' ' ? i + 4 : i + 3;
            return t.startsWith("0AA", k) && !Chars.letterOrDigit(Chars.at(t, k + 3)) ? k + 3 : -1;
        }
        String area1 = "ABCDEFGHIJKLMNOPRSTUWYZ";
        if (!in(Chars.at(t, i), area1)) {
            return -1;
        }
        int k = i + 1;
        char c = Chars.at(t, k);
        // Outward code: A9, A99, AA9, AA99, A9A, AA9A.
        if (Chars.digit(c)) {
            k++;
            if (Chars.digit(Chars.at(t, k)) || in(Chars.at(t, k), "ABCDEFGHJKPSTUW")) {
                k++;
            }
        } else if (in(c, "ABCDEFGHKLMNOPQRSTUVWXY") && Chars.digit(Chars.at(t, k + 1))) {
            k += 2;
            if (Chars.digit(Chars.at(t, k)) || in(Chars.at(t, k), "ABEHMNPRVWXY")) {
                k++;
            }
        } else {
            return -1;
        }
        if (Chars.at(t, k) == ' ') {
            k++;
        }
        if (k + 3 > n || !Chars.digit(t.charAt(k)) || !in(t.charAt(k + 1), "ABDEFGHJLNPQRSTUWXYZ") || !in(t.charAt(k + 2), "ABDEFGHJLNPQRSTUWXYZ")) {
            return -1;
        }
        return Chars.letterOrDigit(Chars.at(t, k + 3)) ? -1 : k + 3;
    }

    /**
     * Irish Eircode at i ("D02 X285", "A65F4E2"): a routing key (a letter of Eircode's alphabet and two digits, or
     * "D6W"), an optional blank and a four-character identifier of that alphabet and digits holding at least one letter
     * and one digit (an all-digit or all-letter tail is as often a product or model code). Its end, or -1.
     */
    static int eircode(String t, int i) {
        String letters = "ACDEFHKNPRTVWXY";
        boolean key = in(Chars.at(t, i), letters) && Chars.digit(Chars.at(t, i + 1)) && Chars.digit(Chars.at(t, i + 2))
                || t.startsWith("D6W", i);
        if (!key) {
            return -1;
        }
        int k = Chars.at(t, i + 3) == ' ' ? i + 4 : i + 3;
        int digits = 0;
        int alpha = 0;
        for (int j = k; j < k + 4; j++) {
            char c = Chars.at(t, j);
            if (Chars.digit(c)) {
                digits++;
            } else if (in(c, letters)) {
                alpha++;
            } else {
                return -1;
            }
        }
        return digits == 0 || alpha == 0 || Chars.letterOrDigit(Chars.at(t, k + 4)) ? -1 : k + 4;
    }

    /** Words that make a shape an Eircode when one of them ends at most 40 characters before it. */
    private static final String[] IRISH = {"eircode", "ireland", "dublin", "co. "};
    /** The first characters of {@link #IRISH} in both cases. */
    private static final String IRISH_FIRST = "eEiIdDcC";

    /**
     * Whether "eircode", "Ireland", "Dublin" or a county's "Co. " stands in the 40 characters before {@code i}, or an Irish
     * county or town right before it: the Eircode shape alone is also a model code ("T60 R4A2"). A constant window per
     * candidate: linear.
     */
    static boolean irishBefore(String lower, int i) { // any case: AddressRecognizer passes the text itself
        int from = Math.max(0, i - 40);
        for (int at = from; at < i; at++) {
            char c = lower.charAt(at);
            if (c < 0x80 && IRISH_FIRST.indexOf(c) < 0) {
                // No word of IRISH starts with this ASCII character in any case (a non-ASCII one, e.g. 'İ' or 'ı',
                // which regionMatches folds to 'i', is compared in full).
                continue;
            }
            for (String w : IRISH) {
                if (lower.regionMatches(true, at, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return irishPlaceBefore(lower, i);
    }

    /** Irish counties and the larger towns that head an Eircode's line (lower case). */
    private static final java.util.Set<String> IRISH_PLACES = java.util.Set.of("carlow", "cavan", "clare", "cork", "donegal",
            "galway", "kerry", "kildare", "kilkenny", "laois", "leitrim", "limerick", "longford", "louth", "mayo", "meath",
            "monaghan", "offaly", "roscommon", "sligo", "tipperary", "waterford", "westmeath", "wexford", "wicklow", "athlone",
            "drogheda", "dundalk", "navan", "ennis", "tralee", "bray", "swords", "naas", "mullingar", "letterkenny", "killarney",
            "portlaoise", "tullamore", "clonmel", "castlebar", "balbriggan", "maynooth", "greystones", "malahide");

    /**
     * "…, Cork T12 KX47": an Irish county or town right before the code (a blank or ", " between) makes the shape an
     * Eircode as the words of {@link #IRISH} do. Reads one word back: constant work.
     */
    static boolean irishPlaceBefore(String text, int i) {
        int k = i - 1;
        if (Chars.at(text, k) != ' ') {
            return false;
        }
        k--;
        if (Chars.at(text, k) == ',') {
            k--;
        }
        int end = k + 1;
        while (k >= 0 && end - k <= 12 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        if (end - k - 1 < 4 || end - k > 13 || k >= 0 && Chars.word(text.charAt(k))) {
            return false;
        }
        return IRISH_PLACES.contains(text.substring(k + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Canadian postal code at i ("K1A 0B1"); its end, or -1. */
    static int canada(String t, int i) {
        String first = "ABCEGHJKLMNPRSTVXY";
        String other = "ABCEGHJKLMNPRSTVWXYZ";
        if (!in(Chars.at(t, i), first) || !Chars.digit(Chars.at(t, i + 1)) || !in(Chars.at(t, i + 2), other)) {
            return -1;
        }
        int k = Chars.at(t, i + 3) == ' ' ? i + 4 : i + 3;
        if (!Chars.digit(Chars.at(t, k)) || !in(Chars.at(t, k + 1), other) || !Chars.digit(Chars.at(t, k + 2))) {
            return -1;
        }
        return Chars.letterOrDigit(Chars.at(t, k + 3)) ? -1 : k + 3;
    }

    /** Two-letter lower-case words that follow a four-digit number as often as a Dutch postcode's letters do. */
    private static final Set<String> PAIR_WORDS = Set.of("en", "in", "of", "to", "at", "on", "is", "it", "op", "te", "om", "as",
            "an", "or", "by", "be", "we", "he", "me", "my", "no", "so", "up", "am", "do", "go", "if", "us", "ik", "je", "de", "na",
            "al", "er", "nu", "zo", "ja", "ok", "pm", "km", "kg", "cm", "mm", "ml");

    /** Whether two lower-case ASCII letters, no common word of {@link #PAIR_WORDS}, stand alone at {@code k}. */
    static boolean lowerPair(String t, int k) {
        char a = Chars.at(t, k);
        char b = Chars.at(t, k + 1);
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && !Chars.letterOrDigit(Chars.at(t, k + 2))
                && !PAIR_WORDS.contains(t.substring(k, k + 2));
    }

    /**
     * Round 44: a UK postcode written all in lower case with its blank ("sw1a 1aa", "ct1 3ha", as typed in a chat), at a
     * word start: the shape of {@link #uk} read on the ASCII capitals of the text. Like the other national shapes it needs
     * a postcode word near ("postcode", "zip" …); called only when the text has one. One pass over the text.
     */
    private void lowerCaseUk(String t, List<Candidate> out) {
        int n = t.length();
        char[] upper = null;
        for (int i = 0; i + 5 < n; i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z' || i > 0 && Chars.letterOrDigit(t.charAt(i - 1)) || !Chars.digit(t.charAt(i + 1)) && !Chars.digit(t.charAt(i + 2))) {
                continue;
            }
            if (upper == null) {
                upper = new char[n];
                for (int j = 0; j < n; j++) {
                    char d = t.charAt(j);
                    upper[j] = d >= 'a' && d <= 'z' ? (char) (d - 32) : d;
                }
            }
            // uk() reads at most eight characters from i: a window of the capitals, so each start costs a constant.
            String window = new String(upper, i, Math.min(n, i + 9) - i);
            int end = uk(window, 0);
            if (end > 0 && window.indexOf(' ') > 0 && window.indexOf(' ') < end && !hasUpper(t, i, i + end)
                    && (i + end == n || !Chars.letterOrDigit(t.charAt(i + end)))) {
                addNeedingContext(out, "ZIP_CODE", i, i + end, 0.15, null);
                i += end;
            }
        }
    }

    private static boolean hasUpper(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String t = scan.text();
        int n = t.length();
        if (scan.hasDigit() && scan.hasAsciiUpper()) {
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                if (!Chars.upper(c) || i > 0 && Chars.letterOrDigit(t.charAt(i - 1))) {
                    continue;
                }
                int end = uk(t, i);
                if (end < 0) {
                    end = canada(t, i);
                }
                if (end < 0) {
                    // The shape first (a few characters), then the 40-character look-back for an Irish word.
                    end = eircode(t, i);
                    if (end > 0 && !irishBefore(scan.lower(), i)) {
                        end = -1;
                    }
                }
                if (end > 0) {
                    add(out, "ZIP_CODE", i, end, 0.6, null);
                    i = end;
                    continue;
                }
                // A US state code, then the ZIP (+4).
                if (i + 2 <= n && Chars.upper(Chars.at(t, i + 1)) && !Chars.letterOrDigit(Chars.at(t, i + 2)) && STATES.contains(t.substring(i, i + 2))) {
                    int k = i + 2;
                    if (Chars.at(t, k) == ',') {
                        k++;
                    }
                    int z = Chars.skipBlanks(t, k);
                    if (z > k && z - k <= 3 && Chars.allDigits(t, z, Math.min(n, z + 5)) && z + 5 <= n) {
                        int e = z + 5;
                        if (Chars.at(t, e) == '-' && Chars.allDigits(t, e + 1, Math.min(n, e + 5)) && e + 5 <= n) {
                            e += 5;
                        }
                        if (!Chars.letterOrDigit(Chars.at(t, e))) {
                            add(out, "ZIP_CODE", z, e, 0.7, null);
                        }
                    }
                }
            }
        }
        if (!scan.hasDigit() || !scan.context().any(scan.pack().index().id("ZIP_CODE"))) {
            return;
        }
        lowerCaseUk(t, out);
        // Other national shapes, only near "zip", "postcode", "PLZ"...: 12345(-123[4]), 1234 AB (1234 ab), 123 45, 1234.
        int[] runs = scan.digitRuns();
        for (int r = 0; r < runs.length / 2; r++) {
            int s = runs[2 * r];
            int e = runs[2 * r + 1];
            char p = Chars.at(t, s - 1);
            if (Chars.letterOrDigit(p) || "-.,$€£".indexOf(p) >= 0 && p != '\0') {
                continue;
            }
            int len = e - s;
            int end = -1;
            if (len == 5) {
                end = e;
                if (Chars.at(t, e) == '-' && r + 1 < runs.length / 2 && runs[2 * r + 2] == e + 1) {
                    int l2 = runs[2 * r + 3] - runs[2 * r + 2];
                    if (l2 == 3 || l2 == 4) {
                        end = runs[2 * r + 3];
                        r++;
                    }
                }
            } else if (len == 4 && Chars.upper(Chars.at(t, e + (Chars.at(t, e) == ' ' ? 1 : 0)))) {
                int k = e + (Chars.at(t, e) == ' ' ? 1 : 0);
                end = Chars.upper(Chars.at(t, k + 1)) && !Chars.letterOrDigit(Chars.at(t, k + 2)) ? k + 2 : e;
            } else if (len == 4 && Chars.at(t, e) == ' ' && lowerPair(t, e + 1)) {
                // Round 44: "1234 ab" written in lower case, only near a postcode word (as every shape here).
                end = e + 3;
            } else if (len == 3 && Chars.at(t, e) == ' ' && r + 1 < runs.length / 2 && runs[2 * r + 2] == e + 1 && runs[2 * r + 3] - runs[2 * r + 2] == 2) {
                end = runs[2 * r + 3];
                r++;
            } else if (len == 3 || len == 4) {
                end = e;
            }
            if (end < 0) {
                continue;
            }
            char next = Chars.at(t, end);
            if (Chars.letterOrDigit(next) || next == '%' || (next == '.' || next == ',' || next == '-') && Chars.digit(Chars.at(t, end + 1))) {
                continue;
            }
            addNeedingContext(out, "ZIP_CODE", s, end, end - s >= 5 ? 0.3 : 0.15, null);
        }
    }
}
