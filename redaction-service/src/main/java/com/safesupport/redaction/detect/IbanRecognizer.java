package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;

/**
 * IBANs, compact or grouped in fours: the country code fixes the length, then the ISO 13616 mod-97 check
 * must hold. Reading exactly the country's length keeps the span from running into the next word. An IBAN
 * is written in capitals (ISO 13616 prints it so); a lower-case or mixed-case one is not reported, as Presidio
 * does not, because lower-case letter-and-digit runs are far more often something else.
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
        int n = t.length();
        for (int i = 0; i + 15 <= n; i++) {
            if (!Chars.upper(t.charAt(i)) || !Chars.upper(t.charAt(i + 1))
                    || !Character.isDigit(t.charAt(i + 2)) || !Character.isDigit(t.charAt(i + 3))
                    || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))) {
                continue;
            }
            String country = t.substring(i, i + 2);
            Integer length = Checksums.IBAN_LENGTHS.get(country);
            if (length == null) {
                continue;
            }
            StringBuilder compact = new StringBuilder(length);
            int j = i;
            while (j < n && compact.length() < length) {
                char c = t.charAt(j);
                if (Chars.digit(c) || Chars.upper(c)) {
                    compact.append(c);
                    j++;
                } else if ((c == ' ' || c == '-') && j + 1 < n && Character.isLetterOrDigit(t.charAt(j + 1)) && compact.length() % 4 == 0) {
                    j++;
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
}
