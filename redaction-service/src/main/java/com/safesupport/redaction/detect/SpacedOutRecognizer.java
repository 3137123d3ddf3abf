package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Locale;

/**
 * Values typed one character at a time with a blank between ("m a r i a . l o p e z @ g m a i l . c o m",
 * "D E 8 9 3 7 …"), an evasion of the written recognisers. One pass finds each run of single characters separated by
 * exactly one blank (at least eight of them), joins it, and reads it as written: an e-mail address (local part, '@',
 * a domain whose top-level domain is known) or an IBAN (country, length and ISO 13616 mod-97). Offsets map back to the
 * original characters. Every character is read once by the run scan, and each run is read a bounded number of times
 * (an e-mail per '@', an IBAN start per country code with at most 34 characters each): linear.
 */
final class SpacedOutRecognizer extends ScannerRecognizer {

    private static final int MIN_RUN = 8;

    private final Gazetteer gazetteer;

    SpacedOutRecognizer(Gazetteer gazetteer) {
        super("SpacedOutRecognizer", "tld/iso13616-mod97", "EMAIL_ADDRESS", "IBAN_CODE");
        this.gazetteer = gazetteer;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasAt() && !scan.hasDigit()) {
            return;
        }
        String t = scan.text();
        int n = t.length();
        int i = 0;
        while (i < n) {
            // A run starts at a single visible character: a blank (or the text's start) before it, a blank after it.
            if (t.charAt(i) == ' ' || i > 0 && t.charAt(i - 1) != ' ' || i + 1 < n && t.charAt(i + 1) != ' ') {
                i++;
                continue;
            }
            int j = i;
            int chars = 0;
            while (j < n && t.charAt(j) != ' ' && (j + 1 == n || t.charAt(j + 1) == ' ')) {
                chars++;
                j += 2;
            }
            if (chars >= MIN_RUN) {
                if ((chars & 255) == 0) {
                    scan.checkDeadline();
                }
                read(t, i, chars, out);
            }
            i = Math.max(j, i + 1);
        }
    }

    /** The run of {@code chars} characters at {@code from}, {@code from + 2}, …: joined and read. */
    private void read(String t, int from, int chars, List<Candidate> out) {
        StringBuilder b = new StringBuilder(chars);
        for (int k = 0; k < chars; k++) {
            b.append(t.charAt(from + 2 * k));
        }
        String s = b.toString();
        int at = s.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && EmailRecognizers.Written.localChar(s.charAt(start - 1)) && at - start < 64) {
                start--;
            }
            while (start < at && (s.charAt(start) == '.' || s.charAt(start) == '-')) {
                start++;
            }
            int end = start < at ? EmailRecognizers.Written.domainEnd(s, at + 1, s.length()) : -1;
            if (end > 0) {
                String tld = s.substring(s.lastIndexOf('.', end - 1) + 1, end).toLowerCase(Locale.ROOT);
                if (gazetteer.isTld(tld)) {
                    add(out, "EMAIL_ADDRESS", from + 2 * start, from + 2 * (end - 1) + 1, 0.9, "tld");
                }
            }
            at = s.indexOf('@', at + 1);
        }
        for (int p = 0; p + 15 <= s.length(); p++) {
            if (!Chars.upper(s.charAt(p)) || !Chars.upper(s.charAt(p + 1)) || !Chars.digit(s.charAt(p + 2)) || !Chars.digit(s.charAt(p + 3))) {
                continue;
            }
            Integer length = Checksums.IBAN_LENGTHS.get(s.substring(p, p + 2));
            if (length == null || p + length > s.length()) {
                continue;
            }
            if (Checksums.iban(s.substring(p, p + length))) {
                add(out, "IBAN_CODE", from + 2 * p, from + 2 * (p + length - 1) + 1, 1.0, "iso13616-mod97");
                p += length - 1;
            }
        }
    }
}
