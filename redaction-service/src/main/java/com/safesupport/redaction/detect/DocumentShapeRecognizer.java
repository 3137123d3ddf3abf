package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Map;

/**
 * Identifiers that have a published shape but no check digit, under the entity names Microsoft Presidio uses for
 * them: Indian voter ID (EPIC), passport and vehicle registration; Italian driving licence, passport and identity card;
 * Korean passport; and the UK (DVLA) driving licence.
 * A shape alone is weak evidence — order, invoice and product codes are written the same way ("INV1234567",
 * "AB1234567") — so every shape here is reported below the default threshold 0.4 on its own and reaches it only with a
 * word of its type near ("voter", "passaporto", "patente", "vehicle" ...: the analyzer's context boost), except a
 * vehicle registration whose state code and district number exist, the two vehicle series with fixed letters in
 * fixed places (BH, armed forces), and the UK driving licence (a valid birth date and name padding in fixed places).
 *
 * <p>One scanner over the scan's letter-and-digit runs (no new pass over the text); each run is read once and the
 * paper identity card's "AA 1234567" looks at most four characters before a run: linear.
 */
final class DocumentShapeRecognizer extends ScannerRecognizer {

    /** The types of this file, in the order of {@link EntityTypes}. */
    static final List<String> TYPES = List.of("IN_VOTER", "IN_PASSPORT", "IN_VEHICLE_REGISTRATION", "IT_DRIVER_LICENSE",
            "IT_PASSPORT", "IT_IDENTITY_CARD", "KR_PASSPORT", "UK_DRIVER_LICENSE", "UK_VEHICLE_REGISTRATION", "IE_VEHICLE_REGISTRATION", "CA_DRIVER_LICENSE");

    /** A bare shape that order numbers share: seen at threshold 0, a context word lifts it to 0.4 and more. */
    static final double WEAK = ScannerRecognizer.WITHOUT_CONTEXT;

    /** EPIC's second letter, as the Election Commission's series use it. */
    private static final String EPIC_SECOND = "ABCDGHJKMNPRSY";

    /**
     * Indian registration prefixes (states and union territories, current and former) with the highest RTO district
     * number in use, from the published lists of Regional Transport Offices; 0: a valid prefix without a district list.
     */
    private static final Map<String, Integer> RTO_DISTRICTS = Map.ofEntries(
            Map.entry("AN", 1), Map.entry("AP", 40), Map.entry("AR", 22), Map.entry("AS", 34), Map.entry("BR", 56),
            Map.entry("CG", 30), Map.entry("CH", 4), Map.entry("DD", 3), Map.entry("DN", 9), Map.entry("DL", 13),
            Map.entry("GA", 12), Map.entry("GJ", 39), Map.entry("HP", 99), Map.entry("HR", 99), Map.entry("JH", 24),
            Map.entry("JK", 22), Map.entry("KA", 71), Map.entry("KL", 99), Map.entry("LA", 2), Map.entry("LD", 9),
            Map.entry("MH", 51), Map.entry("ML", 10), Map.entry("MN", 7), Map.entry("MP", 71), Map.entry("MZ", 8),
            Map.entry("NL", 10), Map.entry("OD", 35), Map.entry("OR", 31), Map.entry("PB", 99), Map.entry("PY", 5),
            Map.entry("RJ", 58), Map.entry("SK", 8), Map.entry("TN", 99), Map.entry("TR", 8), Map.entry("TS", 38),
            Map.entry("UK", 20), Map.entry("UP", 96), Map.entry("WB", 98), Map.entry("DH", 0), Map.entry("CT", 0),
            Map.entry("UL", 0), Map.entry("UA", 0), Map.entry("UT", 0));

    DocumentShapeRecognizer() {
        super("DocumentShapeRecognizer", null, TYPES.toArray(String[]::new));
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasDigit()) {
            return;
        }
        String t = scan.text();
        CodeRecognizers.forEachAlnumRunWithDigit(scan, (s, e) -> visit(t, s, e, out));
    }

    private void visit(String t, int s, int e, List<Candidate> out) {
        int n = e - s;
        if (n == 16 && !Chars.word(Chars.at(t, s - 1)) && !Chars.word(Chars.at(t, e)) && ukLicence(t, s)) {
            // Its date of birth, its padding and its letters in fixed places: an order code rarely has all of them.
            add(out, "UK_DRIVER_LICENSE", s, e, 0.5, null);
            return;
        }
        if ((n == 5 || n == 15) && !Chars.word(Chars.at(t, s - 1)) && ontarioLicence(t, s, e, out)) {
            return;
        }
        if (n <= 3 && !Chars.word(Chars.at(t, s - 1))) {
            irishPlate(t, s, e, out);
            spacedIndianPlate(t, s, e, out);
        }
        if ((n == 4 || n == 7) && !Chars.word(Chars.at(t, s - 1))) {
            ukPlate(t, s, e, out);
        }
        if (n < 3 || n > 10 || Chars.word(Chars.at(t, s - 1))) {
            return;
        }
        String v = t.substring(s, e);
        if (n == 9) {
            korean(v, s, e, out);
        }
        if (Chars.word(Chars.at(t, e))) {
            return;
        }
        if (n == 3 && Chars.upper(v.charAt(0)) && v.charAt(1) >= '1' && Chars.digit(v.charAt(2))) {
            passportWithBlank(t, s, e, out);
            return;
        }
        if (n == 7 && Chars.allDigits(v, 0, 7)) {
            paperCardWithBlank(t, s, e, out);
            return;
        }
        int lead = letters(v, 0);
        if (n == 10 && lead == 3 && Chars.allDigits(v, 3, 10)) {
            // "Voter ID ABC1234567": 0.3 with EPIC's second letters, 0.2 otherwise; "voter", "EPIC" lift it.
            add(out, "IN_VOTER", s, e, EPIC_SECOND.indexOf(Character.toUpperCase(v.charAt(1))) >= 0 ? 0.3 : 0.2, null);
        }
        if (n == 8 && Chars.upper(v.charAt(0)) && Chars.allDigits(v, 1, 8) && v.charAt(1) != '0' && v.charAt(7) != '0') {
            add(out, "IN_PASSPORT", s, e, 0.1, null);
        }
        if (n == 10 && italianLicence(v)) {
            add(out, "IT_DRIVER_LICENSE", s, e, 0.2, null);
        }
        if (n == 9 && lead == 2 && Chars.allDigits(v, 2, 9)) {
            add(out, "IT_PASSPORT", s, e, WEAK, null);
            add(out, "IT_IDENTITY_CARD", s, e, WEAK, null);
        }
        if (n == 9 && (Chars.allDigits(v, 0, 7) && letters(v, 7) == 2 || lead == 2 && Chars.allDigits(v, 2, 7) && letters(v, 7) == 2)) {
            // The electronic card (CIE): 7 digits + 2 letters, or 2 letters, 5 digits, 2 letters.
            add(out, "IT_IDENTITY_CARD", s, e, WEAK, null);
        }
        vehicle(v, s, e, out);
    }

    /**
     * Korean passport: M, S, R, O or D, then 3 digits, a letter and 4 digits (since 2021), or 8 digits (before). Korean is
     * written without a blank before its particles ("M123A4567입니다"), so a Hangul letter may follow the number.
     */
    private void korean(String v, int s, int e, List<Candidate> out) {
        if ("MSROD".indexOf(Character.toUpperCase(v.charAt(0))) < 0 || !Chars.allDigits(v, 1, 4) || !Chars.allDigits(v, 5, 9)) {
            return;
        }
        char c = v.charAt(4);
        if (Chars.asciiLetter(c)) {
            add(out, "KR_PASSPORT", s, e, 0.1, null);
        } else if (Chars.digit(c)) {
            add(out, "KR_PASSPORT", s, e, WEAK, null);
        }
    }

    /**
     * Ontario driver's licence: the family name's initial and 14 digits, the last six the birth date YYMMDD (the month
     * plus 50 for a woman), printed {@code W4821-73019-51208}. The printed hyphens, the initial and a real date in their
     * fixed places are rare in order codes: 0.5; the 15 characters run together are 0.3 until "licence", "DL",
     * "Ontario". Reads at most 17 characters from {@code s}.
     */
    private boolean ontarioLicence(String t, int s, int e, List<Candidate> out) {
        if (!Chars.asciiLetter(t.charAt(s)) || !Chars.allDigits(t, s + 1, e)) {
            return false;
        }
        int end;
        String digits;
        if (e - s == 15) {
            end = e;
            digits = t.substring(s + 1, e);
        } else {
            end = s + 17;
            if (end > t.length() || t.charAt(s + 5) != '-' || t.charAt(s + 11) != '-' || !Chars.allDigits(t, s + 6, s + 11)
                    || !Chars.allDigits(t, s + 12, end)) {
                return false;
            }
            digits = t.substring(s + 1, s + 5) + t.substring(s + 6, s + 11) + t.substring(s + 12, end);
        }
        if (Chars.word(Chars.at(t, end)) || Chars.at(t, end) == '-' && Chars.word(Chars.at(t, end + 1))) {
            return false;
        }
        int month = (digits.charAt(10) - '0') * 10 + (digits.charAt(11) - '0');
        int day = (digits.charAt(12) - '0') * 10 + (digits.charAt(13) - '0');
        if (month > 50) {
            month -= 50;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        add(out, "CA_DRIVER_LICENSE", s, end, e - s == 15 ? 0.3 : 0.5, null);
        return true;
    }

    /** The number of ASCII letters from {@code from} on, up to the first non-letter. */
    private static int letters(String v, int from) {
        int i = from;
        while (i < v.length() && Chars.asciiLetter(v.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** The number of capitals from {@code from} on. */
    private static int capitals(String v, int from) {
        int i = from;
        while (i < v.length() && Chars.upper(v.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static int digits(String v, int from) {
        int i = from;
        while (i < v.length() && Chars.digit(v.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Italian patente: 2 letters, 7 digits, a letter; or the U1 series (7 characters of its alphabet, a letter). Any case. */
    static boolean italianLicence(String v) {
        String u = v.toUpperCase(java.util.Locale.ROOT);
        char last = u.charAt(9);
        if (!Chars.upper(last)) {
            return false;
        }
        if (letters(u, 0) == 2 && Chars.allDigits(u, 2, 9)) {
            return true;
        }
        if (!u.startsWith("U1")) {
            return false;
        }
        for (int i = 2; i < 9; i++) {
            char c = u.charAt(i);
            if (!Chars.digit(c) && "BCDEFGHJKLMNPRSTUWXYZ".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A UK (DVLA) driving licence number, 16 characters in one case: the first five letters of the family name, padded
     * with 9 ("KIM99"); the decade digit, the month (01–12, or 51–62 for a woman), the day (01–31) and the year digit of
     * the birth date; two initials, the second a 9 when there is none; a digit; two check letters ("MORGA753116SM9IJ").
     */
    static boolean ukLicence(String t, int s) {
        String v = t.substring(s, s + 16);
        String u = v.toUpperCase(java.util.Locale.ROOT);
        if (!u.equals(v) && !v.toLowerCase(java.util.Locale.ROOT).equals(v)) {
            return false;
        }
        int name = capitals(u, 0);
        if (name < 1 || name > 5) {
            return false;
        }
        for (int i = name; i < 5; i++) {
            if (u.charAt(i) != '9') {
                return false;
            }
        }
        if (!Chars.allDigits(u, 5, 11) || !Chars.upper(u.charAt(11)) || !(Chars.upper(u.charAt(12)) || u.charAt(12) == '9')
                || !Chars.digit(u.charAt(13)) || capitals(u, 14) != 2) {
            return false;
        }
        int month = Integer.parseInt(u.substring(6, 8)) % 50;
        int day = Integer.parseInt(u.substring(8, 10));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** "A12 34567": an Indian passport number written with a blank after its third character. */
    private void passportWithBlank(String t, int s, int e, List<Candidate> out) {
        int d = e + 1;
        if (!Character.isWhitespace(Chars.at(t, e)) || d + 5 > t.length() || !Chars.allDigits(t, d, d + 5)
                || Chars.word(Chars.at(t, d + 5)) || t.charAt(d + 4) == '0') {
            return;
        }
        add(out, "IN_PASSPORT", s, d + 5, 0.1, null);
    }

    /** "AA 1234567": the paper identity card, its two letters and seven digits apart. */
    private void paperCardWithBlank(String t, int s, int e, List<Candidate> out) {
        if (Character.isWhitespace(Chars.at(t, s - 1)) && Chars.asciiLetter(Chars.at(t, s - 2)) && Chars.asciiLetter(Chars.at(t, s - 3))
                && !Chars.word(Chars.at(t, s - 4))) {
            add(out, "IT_IDENTITY_CARD", s - 3, e, WEAK, null);
        }
    }

    /** The letters a UK plate never uses in its area code or its three random letters. */
    private static final String UK_PLATE_UNUSED = "IQ";

    /**
     * UK registration plates since September 2001 ("KY19 XFD", "ky19xfd"): two area letters (the first never Z), the age
     * identifier — the year for March (02–26), the year + 50 for September (51–76) — and three letters, neither I nor Q in
     * the letters; one case throughout, the blank optional. Product and part codes share the shape, so 0.35 alone, and
     * "reg", "number plate", "car", "vehicle" … lift it (reads at most five characters after the run: linear).
     */
    private void ukPlate(String t, int s, int e, List<Candidate> out) {
        int letters = e - s == 7 ? s + 4 : Chars.at(t, e) == ' ' ? e + 1 : -1;
        if (letters < 0 || letters + 3 > t.length() || Chars.word(Chars.at(t, letters + 3))) {
            return;
        }
        String v = t.substring(s, s + 4) + t.substring(letters, letters + 3);
        boolean upper = Chars.upper(v.charAt(0));
        for (int i = 0; i < 7; i++) {
            char c = v.charAt(i);
            boolean place = i == 2 || i == 3 ? Chars.digit(c)
                    : (upper ? Chars.upper(c) : c >= 'a' && c <= 'z') && UK_PLATE_UNUSED.indexOf(Character.toUpperCase(c)) < 0;
            if (!place) {
                return;
            }
        }
        int age = (v.charAt(2) - '0') * 10 + v.charAt(3) - '0';
        if (Character.toUpperCase(v.charAt(0)) == 'Z' || !(age >= 2 && age <= 26 || age >= 51 && age <= 76)) {
            return;
        }
        add(out, "UK_VEHICLE_REGISTRATION", s, letters + 3, 0.35, null);
    }

    /** The county and city codes of Irish plates since 1987 (the 2014 codes and the older ones still on the road). */
    private static final java.util.Set<String> IE_COUNTIES = java.util.Set.of("C", "CE", "CN", "CW", "D", "DL", "G", "KE", "KK",
            "KY", "L", "LD", "LH", "LK", "LM", "LS", "MH", "MN", "MO", "OY", "RN", "SO", "T", "TN", "TS", "W", "WD", "WH", "WX", "WW");

    /**
     * Irish registration plates ("191-D-12345", "08 KY 4471"): the year (two digits 87–99 or 00–12; since 2013 three, the
     * year and the half, 131–262), a county code, a serial of one to six digits, joined by hyphens or blanks (the same
     * separator twice). With hyphens the three parts are the plate's own shape, 0.5; with blanks 0.35 until "reg", "car" …
     * Reads at most twelve characters after the year: linear.
     */
    private void irishPlate(String t, int s, int e, List<Candidate> out) {
        int n = e - s;
        if (n < 2 || !Chars.allDigits(t, s, e)) {
            return;
        }
        int year = Integer.parseInt(t.substring(s, s + 2));
        boolean valid = n == 2 ? year >= 87 || year <= 12 : year >= 13 && year <= 26 && (t.charAt(s + 2) == '1' || t.charAt(s + 2) == '2');
        char sep = Chars.at(t, e);
        if (!valid || sep != '-' && sep != ' ') {
            return;
        }
        int c = e + 1;
        int codeEnd = c;
        while (codeEnd < t.length() && codeEnd - c < 3 && Chars.upper(t.charAt(codeEnd))) {
            codeEnd++;
        }
        if (codeEnd == c || !IE_COUNTIES.contains(t.substring(c, codeEnd)) || Chars.at(t, codeEnd) != sep) {
            return;
        }
        int d = codeEnd + 1;
        int end = d;
        while (end < t.length() && end - d < 7 && Chars.digit(t.charAt(end))) {
            end++;
        }
        if (end == d || end - d > 6 || t.charAt(d) == '0' || Chars.word(Chars.at(t, end)) || Chars.at(t, end) == sep && Chars.digit(Chars.at(t, end + 1))) {
            return;
        }
        add(out, "IE_VEHICLE_REGISTRATION", s, end, sep == '-' ? 0.5 : 0.35, null);
    }

    /**
     * Indian plates written in their four groups ("MH 12 AB 1234", "KA-05-MJ-4471"): read at the district digits, the
     * state code before them and the series and number after, then scored as the plate without blanks. Reads at most
     * twelve characters around the run: linear.
     */
    private void spacedIndianPlate(String t, int s, int e, List<Candidate> out) {
        char sep = Chars.at(t, s - 1);
        if (sep != ' ' && sep != '-' || s < 3 || !Chars.upper(t.charAt(s - 3)) || !Chars.upper(t.charAt(s - 2))
                || Chars.word(Chars.at(t, s - 4)) || !Chars.allDigits(t, s, e) || Chars.at(t, e) != sep) {
            return;
        }
        int l = e + 1;
        int lEnd = l;
        while (lEnd < t.length() && lEnd - l < 4 && Chars.upper(t.charAt(lEnd))) {
            lEnd++;
        }
        if (lEnd == l || lEnd - l > 3 || Chars.at(t, lEnd) != sep || lEnd + 5 > t.length() || !Chars.allDigits(t, lEnd + 1, lEnd + 5)
                || Chars.word(Chars.at(t, lEnd + 5)) || Chars.at(t, lEnd + 5) == sep && Chars.digit(Chars.at(t, lEnd + 6))) {
            return;
        }
        String compact = t.substring(s - 3, s - 1) + t.substring(s, e) + t.substring(l, lEnd) + t.substring(lEnd + 1, lEnd + 5);
        vehicle(compact, s - 3, lEnd + 5, out);
    }

    /**
     * Indian registration plates, written without blanks: state + district + series + number ("KA53ME3456"), the
     * Bharat series ("22BH1234AB"), armed forces ("21B123456C"), diplomatic ("77CD12"), and the older short forms
     * ("MCX1243", "MN2412", "I15432"). The last four digits are never 0000.
     */
    private void vehicle(String v, int s, int e, List<Candidate> out) {
        int n = v.length();
        int lead = capitals(v, 0);
        int leadDigits = digits(v, 0);
        double score = 0;
        String confirmed = null;
        if (lead > 0 && lead + digits(v, lead) == n) {
            int d = n - lead;
            boolean zero = Chars.allDigits(v, lead, n) && v.substring(lead).chars().allMatch(c -> c == '0');
            if (!zero && (d == 4 && lead <= 2 || d == 5 && lead == 1 && v.charAt(0) == 'I')) {
                score = WEAK;
            } else if (!zero && d == 4 && lead == 3) {
                score = 0.2;
            }
        } else if (lead == 2 && n >= 8) {
            int d1 = digits(v, 2);
            int l2 = capitals(v, 2 + d1);
            int d2 = n - 2 - d1 - l2;
            if ((d1 == 1 && l2 >= 1 && l2 <= 3 || d1 == 2 && l2 >= 1 && l2 <= 2) && d2 == 4 && Chars.allDigits(v, n - 4, n)
                    && !v.endsWith("0000")) {
                Integer districts = RTO_DISTRICTS.get(v.substring(0, 2));
                int district = Integer.parseInt(v.substring(2, 2 + d1));
                // A state code and one of its district numbers: 0.5 (about 3 % of random codes of this shape have both);
                // a state code alone, or none, is a product code as often as a plate.
                if (districts != null && district >= 1 && district <= districts) {
                    score = 0.5;
                    confirmed = "rto-district";
                } else {
                    score = districts != null ? 0.3 : 0.2;
                }
            }
        } else if (leadDigits >= 1 && leadDigits <= 3 && n > leadDigits + 2) {
            String code = v.substring(leadDigits, leadDigits + 2);
            int rest = digits(v, leadDigits + 2);
            if (n == 10 && leadDigits == 2 && code.equals("BH") && v.charAt(0) >= '2' && v.charAt(1) >= '1' && rest == 4
                    && capitals(v, 8) == 2 && v.charAt(8) != 'I' && v.charAt(8) != 'O' && v.charAt(9) != 'I' && v.charAt(9) != 'O'
                    && !v.substring(4, 8).equals("0000")) {
                score = 0.6;
            } else if ((code.equals("CD") || code.equals("CC") || code.equals("UN")) && rest >= 2 && rest <= 4
                    && leadDigits + 2 + rest == n && v.charAt(leadDigits + 2) != '0') {
                int mission = Integer.parseInt(v.substring(0, leadDigits));
                // The number before CD/CC/UN is the mission's: 1–80, or an assigned code up to 160.
                boolean known = n >= 8 && (mission >= 1 && mission <= 80 || mission >= 84 && mission <= 160);
                score = known ? 0.5 : 0.3;
            }
            if (n == 10 && leadDigits == 2 && !v.startsWith("00") && "ABCDEFHKPRX".indexOf(v.charAt(2)) >= 0 && digits(v, 3) == 6
                    && Chars.upper(v.charAt(9))) {
                // Armed forces: year, class letter, serial, check letter; 11 of 26 middle letters pass, so 0.3 without context.
                score = 0.3;
            }
        }
        if (score > 0) {
            add(out, "IN_VEHICLE_REGISTRATION", s, e, score, confirmed);
        }
    }
}
