package com.safesupport.redaction.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phone numbers: digit groups with at most a few separators between them (blanks, dots, dashes, slashes,
 * brackets, so split-up numbers are caught) and at most 15 digits; Google libphonenumber decides. Only numbers it
 * calls VALID are reported on their own: international ones (+, 00) for their country code, national ones for one
 * of the configured regions. A merely possible number (the right length, no valid range) scores 0.05: only a context
 * word ("call", "phone", "fax") lifts it to the default threshold, never its shape alone. A national number of a region whose trunk prefix is 0
 * (GB, DE, FR, …) must be written with that 0 ("020 7946 0958", not "20 7946 0958"). Groupings that belong to other
 * identifiers are never phones: dotted quads (IPv4-like "10.20.30.40") and card-like groupings (4-4-4…, 4-6-5).
 *
 * <p>Hand-written over the scan's digit runs rather than a regular expression: the old pattern nested
 * {@code \d{1,6}} inside {@code {1,7}} and backtracked millions of ways on a run of 49 digits. Here each start
 * looks at no more runs than 15 digits can fill, and libphonenumber sees each distinct value once per text.
 */
public final class PhoneRecognizer implements Recognizer {

    private static final int MAX_DIGITS = 15;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> regions;
    private final int[] countryCodes;
    private final String[] trunkPrefixes;
    /** Regions whose national numbers libphonenumber rewrites while parsing (carrier and mobile prefixes): no shortcut. */
    private static final Set<String> REWRITING = Set.of("AR", "BR", "MX", "CO", "CL");

    public PhoneRecognizer(List<String> regions) {
        this.regions = List.copyOf(regions);
        this.countryCodes = new int[this.regions.size()];
        this.trunkPrefixes = new String[this.regions.size()];
        for (int i = 0; i < this.regions.size(); i++) {
            countryCodes[i] = util.getCountryCodeForRegion(this.regions.get(i));
            trunkPrefixes[i] = util.getNddPrefixForRegion(this.regions.get(i), true);
        }
    }

    /**
     * The digits as a national number of region i, built without parsing (the trunk prefix stripped): parsing the
     * same text once per configured region was most of the engine's time on texts with long digit groups.
     */
    private Phonenumber.PhoneNumber nationalNumber(int i, String digits) {
        String national = digits;
        String trunk = trunkPrefixes[i];
        if (trunk != null && !trunk.isEmpty() && national.startsWith(trunk)) {
            national = national.substring(trunk.length());
        } else if (trunkZeroMissing(i, digits)) {
            return null;
        }
        if (national.isEmpty() || national.length() > 17) {
            return null;
        }
        Phonenumber.PhoneNumber n = new Phonenumber.PhoneNumber().setCountryCode(countryCodes[i]).setNationalNumber(Long.parseLong(national));
        int zeros = 0;
        while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros > 0) {
            n.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
        }
        return n;
    }

    /**
     * The national trunk-0 rule: in a region whose trunk prefix is "0" a number dialled nationally starts with that 0,
     * so "20 7946 0958" is no British number (written internationally it would carry +44).
     */
    private boolean trunkZeroMissing(int i, String digits) {
        return "0".equals(trunkPrefixes[i]) && !digits.startsWith("0") && !TRUNK_OPTIONAL.contains(regions.get(i));
    }

    /**
     * Regions where national numbers are customarily written without the trunk 0 (Indian mobiles "98765 43210",
     * Brazilian and other Latin American numbers with the area code in brackets): the trunk-0 rule does not apply.
     */
    private static final Set<String> TRUNK_OPTIONAL = Set.of("IN", "AR", "BR", "MX", "CO", "CL", "PE");

    @Override
    public String name() {
        return "PhoneRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("PHONE_NUMBER");
    }

    @Override
    public String validator() {
        return "libphonenumber";
    }

    /** The text between two groups of one number: up to two of " .-/", with brackets around a group. */
    private static boolean phoneGap(String t, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int k = from;
        if (k < to && t.charAt(k) == ')') {
            k++;
        }
        int seps = 0;
        while (k < to && seps < 2 && " .-/".indexOf(t.charAt(k)) >= 0) {
            k++;
            seps++;
        }
        if (k < to && t.charAt(k) == '(') {
            k++;
        }
        return k == to;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasDigit()) {
            return;
        }
        String t = scan.text();
        int[] runs = scan.digitRuns();
        int count = runs.length / 2;
        Map<String, Double> seen = new HashMap<>();
        int resumeAt = 0;
        for (int r = 0; r < count; r++) {
            // A number starts where a run of groups starts, or right after a number accepted before it
            // ("+44 20 7946 0958 536-22-1234"); never in the middle of a longer run of groups (an IBAN, an order number).
            if (r > 0 && r != resumeAt && phoneGap(t, runs[2 * r - 1], runs[2 * r])) {
                continue;
            }
            if ((r & 255) == 255) {
                scan.checkDeadline();
            }
            int runStart = runs[2 * r];
            int start = runStart;
            char before = Chars.at(t, start - 1);
            if (before == '(') {
                start--;
            } else if (before == '+') {
                start--;
            } else if (before == ' ' && Chars.at(t, start - 2) == '+') {
                start -= 2;
            }
            char prev = Chars.at(t, start - 1);
            if (Chars.word(prev) || "+.-/:".indexOf(prev) >= 0 && prev != '\0') {
                continue;
            }
            if (len(runs, r) > 5 && start == runStart && len(runs, r) > MAX_DIGITS) {
                continue;
            }
            // The runs this number can span.
            int digits = len(runs, r);
            int last = r;
            for (int k = r + 1; k < count && phoneGap(t, runs[2 * k - 1], runs[2 * k]) && digits + len(runs, k) <= MAX_DIGITS; k++) {
                if (len(runs, k) > 8) {
                    break;
                }
                digits += len(runs, k);
                last = k;
            }
            boolean international = t.charAt(start) == '+' || t.startsWith("00", runStart);
            // One run alone: an unseparated number ("9498777106") scores low unless international; context lifts it.
            if (last == r && !international && (digits < 8 || start != runStart) || digits > MAX_DIGITS) {
                continue;
            }
            // The longest span first; shorter ones only where a blank separates two numbers in a row.
            int accepted = -1;
            double score = -1;
            for (int k = last; k >= r; k--) {
                int end = closingEnd(t, runs, k);
                if (k < last && t.charAt(runs[2 * k + 1]) != ' ') {
                    continue;
                }
                if (!endsCleanly(t, end)) {
                    continue;
                }
                String value = t.substring(start, end);
                Double cached = seen.get(value);
                double s = cached != null ? cached : accept(value);
                if (cached == null) {
                    seen.put(value, s);
                }
                if (k == last && s > 0 || s >= 0.75) {
                    accepted = k;
                    score = s;
                    break;
                }
            }
            if (accepted < 0) {
                continue;
            }
            int end = closingEnd(t, runs, accepted);
            if (accepted == last) {
                end = extension(scan.lower(), end);
            }
            out.add(new Candidate("PHONE_NUMBER", start, end, score, this, "libphonenumber"));
            // Only a confident number consumes its groups; a weak one must not hide a number starting inside it.
            if (score >= 0.75) {
                r = accepted;
            }
            resumeAt = accepted + 1;
        }
    }

    private static int len(int[] runs, int k) {
        return runs[2 * k + 1] - runs[2 * k];
    }

    /** A group written "(0)" or "(415)" ends after its bracket. */
    private static int closingEnd(String t, int[] runs, int k) {
        int end = runs[2 * k + 1];
        return Chars.at(t, end) == ')' && Chars.at(t, runs[2 * k] - 1) == '(' ? end + 1 : end;
    }

    private static boolean endsCleanly(String t, int end) {
        char next = Chars.at(t, end);
        if (next == 'x' && Chars.digit(Chars.at(t, end + 1))) {
            return true;
        }
        if (Chars.word(next) || next == ':') {
            return false;
        }
        return !(next == '.' && Chars.digit(Chars.at(t, end + 1)));
    }

    /** "345-899-3560x4587", "... ext. 12": the extension belongs to the number. */
    private static int extension(String lower, int end) {
        int k = end;
        if (Chars.at(lower, k) == ' ') {
            k++;
        }
        String[] markers = {"extension", "ext.", "ext", "x"};
        for (String m : markers) {
            if (lower.startsWith(m, k)) {
                int d = k + m.length();
                if (Chars.at(lower, d) == ' ') {
                    d++;
                }
                int e = d;
                while (e < lower.length() && Chars.digit(lower.charAt(e)) && e - d < 6) {
                    e++;
                }
                if (e > d && !Chars.word(Chars.at(lower, e))) {
                    return e;
                }
                return end;
            }
        }
        return end;
    }

    private double accept(String value) {
        int digits = Chars.countDigits(value, 0, value.length());
        if (digits < 7 || digits > MAX_DIGITS || dateLike(value) || ssnLike(value) || dottedQuad(value) || cardLike(value)) {
            return -1;
        }
        return score(value, digits);
    }

    /** "12/03/2024", "2024-03-12", "03.2024": dates, not numbers to call. */
    private static boolean dateLike(String v) {
        String[] groups = v.split("[./\\-]", -1);
        if (groups.length < 2 || groups.length > 3 || v.indexOf(' ') >= 0) {
            return false;
        }
        char sep = v.charAt(groups[0].length());
        for (int i = 1; i < groups.length - 1; i++) {
            if (v.charAt(sum(groups, i + 1) + i) != sep) {
                return false;
            }
        }
        for (String g : groups) {
            if (g.isEmpty() || g.length() > 4 || !Chars.allDigits(g, 0, g.length())) {
                return false;
            }
        }
        if (groups.length == 3) {
            return groups[1].length() <= 2 && (groups[0].length() == 4 || groups[2].length() == 4 || groups[2].length() == 2 && groups[0].length() <= 2);
        }
        return groups[0].length() <= 2 && groups[1].length() == 4 || groups[0].length() == 4 && groups[1].length() <= 2;
    }

    private static int sum(String[] groups, int upTo) {
        int s = 0;
        for (int i = 0; i < upTo; i++) {
            s += groups[i].length();
        }
        return s;
    }

    /** 536-22-1234: the shape of a US social security number. */
    private static boolean ssnLike(String v) {
        return v.length() == 11 && Chars.allDigits(v, 0, 3) && Chars.allDigits(v, 4, 6) && Chars.allDigits(v, 7, 11)
                && v.charAt(3) == v.charAt(6) && (v.charAt(3) == '-' || v.charAt(3) == '.');
    }

    /**
     * "10.20.30.40", "192.168.1.1 (": exactly four groups of one to three digits joined by dots, the shape of an IPv4
     * address, anywhere in the value (French numbers are written in five dotted pairs, "01.84.17.61.18").
     */
    static boolean dottedQuad(String v) {
        int groups = 0;
        int len = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ' ';
            if (Chars.digit(c)) {
                len++;
                if (len > 3) {
                    groups = 0;
                }
            } else if (c == '.' && len > 0 && len <= 3) {
                groups++;
                len = 0;
            } else {
                // Exactly four groups: five or more ("01.84.17.61.18") is the French way of writing a phone number.
                if (groups == 3 && len > 0 && len <= 3) {
                    return true;
                }
                groups = 0;
                len = 0;
            }
        }
        return false;
    }

    /**
     * Card-like groupings: three or more groups of four digits ("4111 1111 1111", "5500-0000-0000-004" cut short),
     * or the American Express 4-6-5 / 4-6-4 shape. Phone plans do not group digits this way; a card number cut to 15
     * digits must not come back as a phone.
     */
    static boolean cardLike(String v) {
        int[] lengths = new int[8];
        int groups = 0;
        int len = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ' ';
            if (Chars.digit(c)) {
                len++;
            } else if (c == ' ' || c == '-' || c == '.' || c == '/') {
                if (len > 0) {
                    if (groups == lengths.length) {
                        return false;
                    }
                    lengths[groups++] = len;
                }
                len = 0;
            } else {
                return false; // "+", "(": written as a phone number
            }
        }
        if (groups >= 3 && lengths[0] == 4 && lengths[1] == 4 && lengths[2] == 4) {
            return true;
        }
        return groups == 3 && lengths[0] == 4 && lengths[1] == 6 && (lengths[2] == 5 || lengths[2] == 4);
    }

    /**
     * The score of a number given as bare digits ({@link SpelledPhoneRecognizer}): 0.35 or more when valid for a
     * configured region (0.9 with a country code when {@code international}), 0.05 when merely possible, else -1.
     */
    double scoreDigits(String digits, boolean international) {
        if (digits.length() < 7 || digits.length() > MAX_DIGITS || !Chars.allDigits(digits, 0, digits.length())) {
            return -1;
        }
        return score(international ? "+" + digits : digits, digits.length());
    }

    private double score(String value, int digits) {
        boolean international = value.startsWith("+") || value.startsWith("00");
        boolean grouped = value.indexOf(' ') > 0 || value.indexOf('-') > 0 || value.indexOf('(') >= 0 || value.indexOf('.') > 0;
        try {
            if (international) {
                Phonenumber.PhoneNumber n = util.parse(value.startsWith("00") ? "+" + value.substring(2) : value, "ZZ");
                return util.isValidNumber(n) ? 0.9 : util.isPossibleNumber(n) ? 0.05 : -1;
            }
            String digitsOnly = Checksums.digits(value);
            boolean possible = false;
            for (int i = 0; i < regions.size(); i++) {
                String region = regions.get(i);
                if (trunkZeroMissing(i, digitsOnly)) {
                    continue;
                }
                // Regions whose parsing rewrites national numbers (carrier or mobile prefixes) still go through parse().
                Phonenumber.PhoneNumber n = countryCodes[i] == 0 || REWRITING.contains(region)
                        ? util.parse(value, region) : nationalNumber(i, digitsOnly);
                if (n == null) {
                    continue;
                }
                if (util.isValidNumberForRegion(n, region)) {
                    return grouped ? 0.75 : 0.35;
                }
                possible |= util.isPossibleNumber(n);
            }
            // Merely possible (right length, no valid plan range): context only. No number of any region: nothing.
            return possible ? 0.05 : -1;
        } catch (NumberParseException e) {
            return -1;
        }
    }
}
