package com.safesupport.redaction.detect;

import java.util.List;

/**
 * Identifiers made of digit groups: cards, US SSN and ITIN, UK NHS numbers, IPv4 addresses, bank accounts and
 * routing numbers. All of them read the scan's digit runs (found once per text) and look only at the few runs
 * an identifier can span (at most 19 digits), so each is linear in the text by construction — the shapes that
 * made a backtracking engine explode (long digit runs, every separator) cost one step per run here.
 */
final class NumberRecognizers {

    private NumberRecognizers() {
    }

    /** The text between run k and run k + 1. */
    static boolean gapIs(String t, int[] runs, int k, char sep) {
        int from = runs[2 * k + 1];
        int to = runs[2 * k + 2];
        return to - from == 1 && t.charAt(from) == sep;
    }

    /**
     * Whether the gap after run k is one line break, perhaps after the group's blank or hyphen and with a carriage return
     * ("\n", " \n", "-\n", "\r\n"): at most three characters read.
     */
    static boolean lineBreakGap(String t, int[] runs, int k) {
        int from = runs[2 * k + 1];
        int to = runs[2 * k + 2];
        if (to - from > 3 || t.charAt(to - 1) != '\n') {
            return false;
        }
        for (int i = from; i < to - 1; i++) {
            char c = t.charAt(i);
            if (!(c == '\r' && i == to - 2 || (c == ' ' || c == '-') && i == from)) {
                return false;
            }
        }
        return true;
    }

    /** The first two digits of an ABA routing number: 00–12, 21–32, 61–72 or 80. */
    static boolean routingPrefix(String t, int start) {
        int p = (t.charAt(start) - '0') * 10 + (t.charAt(start + 1) - '0');
        return p <= 12 || p >= 21 && p <= 32 || p >= 61 && p <= 72 || p == 80;
    }

    static int len(int[] runs, int k) {
        return runs[2 * k + 1] - runs[2 * k];
    }

    static boolean endsCleanly(String t, int end) {
        char next = Chars.at(t, end);
        if (Chars.word(next)) {
            return false;
        }
        return !((next == '-' || next == '.' || next == '/') && Chars.digit(Chars.at(t, end + 1)));
    }

    static boolean startsCleanly(String t, int start, String forbiddenBefore) {
        char prev = Chars.at(t, start - 1);
        return !Chars.word(prev) && forbiddenBefore.indexOf(prev) < 0 || prev == '\0';
    }

    /** The words that name a release right before a dotted number: "version", "ver.", "firmware", "build", "release". */
    private static final String[] VERSION_WORDS = {"version", "ver.", "firmware", "build", "release", "build no.", "version no."};

    /** Whether one of {@link #VERSION_WORDS} ends one or two blanks (or ": ") before {@code start}; looks back at most 13 characters. */
    static boolean versionBefore(String lower, int start) {
        int k = start;
        int skipped = 0;
        while (k > 0 && skipped < 2 && (lower.charAt(k - 1) == ' ' || lower.charAt(k - 1) == ':')) {
            k--;
            skipped++;
        }
        if (skipped == 0) {
            return false;
        }
        for (String w : VERSION_WORDS) {
            if (lower.startsWith(w, k - w.length()) && k - w.length() >= 0 && !Chars.word(Chars.at(lower, k - w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean luhn(char[] digits, int n) {
        int sum = 0;
        boolean dbl = false;
        for (int i = n - 1; i >= 0; i--) {
            int d = digits[i] - '0';
            if (dbl) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** Payment cards: 13–19 digits in groups separated by single blanks or hyphens, Luhn-valid. */
    static final class Card extends ScannerRecognizer {

        Card() {
            super("CreditCardRecognizer", "luhn", "CREDIT_CARD");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            char[] buffer = new char[19];
            for (int r = 0; r < count; r++) {
                int start = runs[2 * r];
                if (!startsCleanly(t, start, "-.")) {
                    continue;
                }
                // The runs a card can span: single ' ' or '-' between, at most 19 digits; or one '/', '.' or '_' used
                // throughout between groups of four ("5425/4830/7300/2598", "5425.4830.7300.2598", "5425_4830_7300_2598").
                int digits = 0;
                int last = r - 1;
                char odd = 0;
                int brokenAt = -1;
                for (int k = r; k < count; k++) {
                    if (k > r && odd == 0 && brokenAt < 0 && len(runs, k - 1) == 4 && lineBreakGap(t, runs, k - 1)) {
                        // "4917 6128 3046\n5171": a card wrapped by a mail client or a chat box, once, after a group of four.
                        brokenAt = k;
                    } else if (k > r && !(odd == 0 && (gapIs(t, runs, k - 1, ' ') || gapIs(t, runs, k - 1, '-')))) {
                        char g = t.charAt(runs[2 * k - 1]);
                        boolean oddGap = (g == '/' || g == '.' || g == '_') && gapIs(t, runs, k - 1, g) && len(runs, k - 1) == 4
                                && (odd == g || odd == 0 && k == r + 1);
                        if (!oddGap) {
                            break;
                        }
                        odd = g;
                    }
                    if (digits + len(runs, k) > 19) {
                        break;
                    }
                    digits += len(runs, k);
                    last = k;
                }
                // The digits of those runs, once, so each candidate length is checked without copying the text.
                int filled = 0;
                for (int k = r; k <= last; k++) {
                    for (int i = runs[2 * k]; i < runs[2 * k + 1]; i++) {
                        buffer[filled++] = t.charAt(i);
                    }
                }
                int accepted = -1;
                double score = 0;
                for (int k = last; k >= r && accepted < 0; k--) {
                    int end = runs[2 * k + 1];
                    boolean known = filled >= 13 && Checksums.knownCardBrand(new String(buffer, 0, filled));
                    // Across a line break only a known brand's number counts: two lines of digits are common otherwise.
                    if (filled >= 13 && endsCleanly(t, end) && luhn(buffer, filled) && (brokenAt < 0 || k < brokenAt || known)) {
                        accepted = k;
                        // Luhn alone passes one random number in ten: an unknown brand needs context ("card").
                        score = known ? 1.0 : 0.35;
                    }
                    filled -= len(runs, k);
                }
                if (accepted >= 0) {
                    add(out, "CREDIT_CARD", start, runs[2 * accepted + 1], score, "luhn");
                    // No skipping ahead: a match may overlap a longer span of another type (an IBAN) and lose to it,
                    // and must not hide a real card that starts inside it ("5698 7654 32 4111 1111 ..."). Overlaps are
                    // resolved once, at the end.
                }
            }
        }
    }

    /**
     * US social security numbers: 3-2-4 digits with one separator ('-', ' ' or '.'), or nine digits alone (low score:
     * context needed). Invalid areas, groups, serials and famous specimens are rejected.
     */
    static final class Ssn extends ScannerRecognizer {

        Ssn() {
            super("UsSsnRecognizer", "ssn-ranges", "US_SSN");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            for (int r = 0; r < count; r++) {
                int start = runs[2 * r];
                if (len(runs, r) == 9 && startsCleanly(t, start, "-.") && endsCleanly(t, runs[2 * r + 1])) {
                    if (Checksums.ssn(t.substring(start, start + 9))) {
                        add(out, "US_SSN", start, start + 9, 0.2, "ssn-ranges");
                    }
                    continue;
                }
                // "078-051121", "07805 1121": the 3-2-4 number with one separator misplaced. A valid SSN by its ranges,
                // but only at 0.05 (as ITIN's odd groupings): a context word ("ssn", "social security") reports it.
                if (r + 1 < count && (len(runs, r) == 3 && len(runs, r + 1) == 6 || len(runs, r) == 5 && len(runs, r + 1) == 4)) {
                    char sep = t.charAt(runs[2 * r + 1]);
                    int end = runs[2 * r + 3];
                    if ((sep == '-' || sep == ' ') && gapIs(t, runs, r, sep) && startsCleanly(t, start, "-.") && endsCleanly(t, end)
                            && Chars.at(t, end) != sep && Checksums.ssn(Checksums.digits(t.substring(start, end)))) {
                        add(out, "US_SSN", start, end, 0.05, "ssn-ranges");
                    }
                    continue;
                }
                if (r + 2 >= count || len(runs, r) != 3 || len(runs, r + 1) != 2 || len(runs, r + 2) != 4) {
                    continue;
                }
                char sep = t.charAt(runs[2 * r + 1]);
                if (!(sep == '-' || sep == ' ' || sep == '.') || !gapIs(t, runs, r, sep) || !gapIs(t, runs, r + 1, sep)) {
                    continue;
                }
                int end = runs[2 * r + 5];
                if (!startsCleanly(t, start, sep == '-' ? "-" : ".-") || !endsCleanly(t, end) || Chars.at(t, end) == sep && Chars.digit(Chars.at(t, end + 1))) {
                    continue;
                }
                if (Checksums.ssn(Checksums.digits(t.substring(start, end)))) {
                    add(out, "US_SSN", start, end, sep == '-' ? 0.6 : 0.4, "ssn-ranges");
                }
            }
        }
    }

    /**
     * US ITIN: nine digits starting with 9 whose 4th–5th digits are 50–65, 70–88, 90–92 or 94–99 (IRS ranges).
     * Grouped 3-2-4: 0.5; unseparated: 0.3; the odd groupings 3-6 and 5-4: 0.05, so only a context word reports them.
     */
    static final class Itin extends ScannerRecognizer {

        Itin() {
            super("UsItinRecognizer", "itin-ranges", "US_ITIN");
        }

        static boolean valid(String d) {
            if (d.length() != 9 || d.charAt(0) != '9') {
                return false;
            }
            int group = (d.charAt(3) - '0') * 10 + (d.charAt(4) - '0');
            return group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92 || group >= 94;
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            for (int r = 0; r < count; r++) {
                int start = runs[2 * r];
                if (t.charAt(start) != '9' || !startsCleanly(t, start, "-.")) {
                    continue;
                }
                if (len(runs, r) == 9 && endsCleanly(t, start + 9) && valid(t.substring(start, start + 9))) {
                    add(out, "US_ITIN", start, start + 9, 0.3, "itin-ranges");
                    continue;
                }
                if (r + 2 < count && len(runs, r) == 3 && len(runs, r + 1) == 2 && len(runs, r + 2) == 4) {
                    char sep = t.charAt(runs[2 * r + 1]);
                    int end = runs[2 * r + 5];
                    if ((sep == '-' || sep == ' ') && gapIs(t, runs, r, sep) && gapIs(t, runs, r + 1, sep) && endsCleanly(t, end)
                            && valid(Checksums.digits(t.substring(start, end)))) {
                        add(out, "US_ITIN", start, end, 0.5, "itin-ranges");
                    }
                    continue;
                }
                // "912-501234", "91250 1234": the IRS's 3-2-4 grouping written as 3-6 or 5-4. Accepted as shapes, but
                // only at 0.05: without a context word ("itin", "taxpayer") they stay below any useful threshold.
                if (r + 1 < count && (len(runs, r) == 3 && len(runs, r + 1) == 6 || len(runs, r) == 5 && len(runs, r + 1) == 4)) {
                    char sep = t.charAt(runs[2 * r + 1]);
                    int end = runs[2 * r + 3];
                    if ((sep == '-' || sep == ' ') && gapIs(t, runs, r, sep) && endsCleanly(t, end)
                            && valid(Checksums.digits(t.substring(start, end)))) {
                        add(out, "US_ITIN", start, end, 0.05, "itin-ranges");
                    }
                }
            }
        }
    }

    /** UK NHS numbers: ten digits (3-3-4 or together) whose last digit is the mod-11 check of the first nine. */
    static final class Nhs extends ScannerRecognizer {

        Nhs() {
            super("NhsRecognizer", "nhs-mod11", "UK_NHS");
        }

        static boolean valid(String d) {
            if (d.length() != 10) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (d.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            return check != 10 && check == d.charAt(9) - '0' && d.chars().distinct().count() > 1 && chiDate(d);
        }

        /**
         * Round 85: the only health-service numbers that open with 0 are Scotland's CHI numbers, whose first six digits are
         * the holder's date of birth, DDMMYY (day 01–09 here). A ten-digit number opening with 0 whose next digits are no
         * such date ("087 411 0009": month 41) is no health number — it is how many countries write a mobile (Irish 08x, Thai
         * 08x / 09x, South African 08x). Numbers opening with another digit are not touched.
         */
        static boolean chiDate(String d) {
            if (d.charAt(0) != '0') {
                return true;
            }
            int day = (d.charAt(0) - '0') * 10 + d.charAt(1) - '0';
            int month = (d.charAt(2) - '0') * 10 + d.charAt(3) - '0';
            return day >= 1 && month >= 1 && month <= 12;
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            for (int r = 0; r < count; r++) {
                int start = runs[2 * r];
                if (!startsCleanly(t, start, "-.+")) {
                    continue;
                }
                if (len(runs, r) == 10 && endsCleanly(t, start + 10) && valid(t.substring(start, start + 10))) {
                    add(out, "UK_NHS", start, start + 10, 0.8, "nhs-mod11");
                    continue;
                }
                if (r + 2 < count && len(runs, r) == 3 && len(runs, r + 1) == 3 && len(runs, r + 2) == 4) {
                    char sep = t.charAt(runs[2 * r + 1]);
                    int end = runs[2 * r + 5];
                    if ((sep == '-' || sep == ' ') && gapIs(t, runs, r, sep) && gapIs(t, runs, r + 1, sep) && endsCleanly(t, end)
                            && valid(Checksums.digits(t.substring(start, end)))) {
                        // Hyphens are how US phone numbers are written; the NHS writes blanks: hyphenated needs context.
                        add(out, "UK_NHS", start, end, sep == ' ' ? 0.8 : 0.35, "nhs-mod11");
                    }
                }
            }
        }
    }

    /**
     * IPv4: four dot-separated octets 0–255 (an optional /0–32 prefix length), not glued to letters, digits or
     * further dotted numbers ("1.2.3.4.5" is a version, not an address).
     */
    static final class Ipv4 extends ScannerRecognizer {

        Ipv4() {
            super("Ipv4Recognizer", "ipv4-octets", "IP_ADDRESS");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit() || !scan.hasDot()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            for (int r = 0; r + 3 < count; r++) {
                int start = runs[2 * r];
                char prev = Chars.at(t, start - 1);
                if (Chars.word(prev) || prev == '.' && Chars.digit(Chars.at(t, start - 2))) {
                    continue;
                }
                boolean ok = true;
                for (int k = r; k < r + 4 && ok; k++) {
                    // RFC 3986 dec-octet: 0-255 without a leading zero (see Checksums.ipv4).
                    ok = len(runs, k) <= 3 && Integer.parseInt(t, runs[2 * k], runs[2 * k + 1], 10) <= 255
                            && (len(runs, k) == 1 || t.charAt(runs[2 * k]) != '0')
                            && (k == r + 3 || gapIs(t, runs, k, '.'));
                }
                if (!ok) {
                    continue;
                }
                int end = runs[2 * (r + 3) + 1];
                if (Chars.at(t, end) == '/' && r + 4 < count && runs[2 * (r + 4)] == end + 1 && len(runs, r + 4) <= 2
                        && Integer.parseInt(t, end + 1, runs[2 * (r + 4) + 1], 10) <= 32) {
                    end = runs[2 * (r + 4) + 1];
                }
                char next = Chars.at(t, end);
                if (Chars.word(next) || next == '.' && Chars.digit(Chars.at(t, end + 1))) {
                    continue;
                }
                if (versionBefore(scan.lower(), start)) {
                    r += 3;
                    continue; // "version 10.2.0.15", "firmware 4.1.0.22": a release, not an address
                }
                add(out, "IP_ADDRESS", start, end, 0.8, "ipv4-octets");
                r += 3;
            }
        }
    }

    /**
     * Bank account numbers: 8–17 digits, or a UK sort code (12-34-56); reported near words like "account", else only at
     * 0.05 (any long number).
     */
    static final class BankAccount extends ScannerRecognizer {

        BankAccount() {
            super("BankAccountRecognizer", null, "BANK_ACCOUNT");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            for (int r = 0; r < count; r++) {
                int start = runs[2 * r];
                int end = runs[2 * r + 1];
                if (!startsCleanly(t, start, "-") || Chars.at(t, start - 1) == '-') {
                    continue;
                }
                if (len(runs, r) >= 8 && len(runs, r) <= 17 && endsCleanly(t, end)) {
                    addLowWithoutContext(out, "BANK_ACCOUNT", start, end, 0.3, null);
                } else if (r + 2 < count && len(runs, r) == 2 && len(runs, r + 1) == 2 && len(runs, r + 2) == 2
                        && gapIs(t, runs, r, '-') && gapIs(t, runs, r + 1, '-') && endsCleanly(t, runs[2 * r + 5])) {
                    addLowWithoutContext(out, "BANK_ACCOUNT", start, runs[2 * r + 5], 0.2, null);
                }
            }
        }
    }

    /**
     * US ABA routing numbers: nine digits (or XXXX-YYYY-C) whose first two digits are a Federal Reserve routing
     * symbol (00–12, 21–32 thrifts, 61–72 electronic, 80 traveller's cheques), 3-7-1 weighted checksum. Near "routing",
     * "ABA" reported; without such a word only at 0.05 (one nine-digit number in ten passes the checksum).
     */
    static final class Routing extends ScannerRecognizer {

        Routing() {
            super("AbaRoutingRecognizer", "aba-checksum", "ROUTING_NUMBER");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
            if (!scan.hasDigit()) {
                return;
            }
            String t = scan.text();
            int[] runs = scan.digitRuns();
            int count = runs.length / 2;
            for (int r = 0; r < count; r++) {
                int start = runs[2 * r];
                if (!startsCleanly(t, start, "-.")) {
                    continue;
                }
                if (len(runs, r) == 9 && endsCleanly(t, start + 9) && routingPrefix(t, start) && Checksums.aba(t.substring(start, start + 9))) {
                    addLowWithoutContext(out, "ROUTING_NUMBER", start, start + 9, 0.4, "aba-checksum");
                } else if (r + 2 < count && len(runs, r) == 4 && len(runs, r + 1) == 4 && len(runs, r + 2) == 1
                        && gapIs(t, runs, r, '-') && gapIs(t, runs, r + 1, '-') && endsCleanly(t, runs[2 * r + 5]) && routingPrefix(t, start)
                        && Checksums.aba(Checksums.digits(t.substring(start, runs[2 * r + 5])))) {
                    // XXXX-YYYY-C: the Federal Reserve routing symbol, the institution identifier and the check digit,
                    // as the ABA's own notation groups them.
                    addLowWithoutContext(out, "ROUTING_NUMBER", start, runs[2 * r + 5], 0.4, "aba-checksum");
                }
            }
        }
    }
}
