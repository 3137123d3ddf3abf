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
    private static final int MAX_NATIONAL = 17;
    /** Per configured region: its national numbers go through parse() (no country code, or a rewriting region). */
    private final boolean[] parsed;
    /**
     * Per configured region and national significant number length (0–17): whether libphonenumber's general
     * description of the region admits that length. {@code isValidNumberForRegion} answers false for any other
     * length before it runs a pattern, so the region is skipped without building a number.
     */
    private final boolean[][] validLength;
    /**
     * Per configured region and length: {@code isPossibleNumber} of a national number of that region and length
     * (libphonenumber decides it from the country code and the length alone).
     */
    private final boolean[][] possibleLength;
    /**
     * Per configured region (not parsed): for every three-digit start of a national significant number, whether some
     * number with that start can match the region's general description (libphonenumber's first test in
     * {@code isValidNumberForRegion}: no match there, no valid number). Found once from the pattern itself: a start
     * on which the pattern fails without reading to the end of the input fails for every longer input too
     * ({@link java.util.regex.Matcher#hitEnd()}). Null for a region without a pattern.
     */
    private final boolean[][] validStart;

    /**
     * The regions tried when the deployment configures none ({@code redaction.phone-regions}, RedactionConfig's
     * default, which must stay equal to this: PhoneRegionTablesTest). Their {@link RegionTables} are found once per
     * process ({@link BuiltInData}; in a native executable while the image is built, so its start-up reads no metadata
     * and runs no pattern for them: libphonenumber loads a region's metadata when a number is first checked for it).
     */
    public static final String DEFAULT_REGIONS =
            "US,GB,DE,FR,ES,IT,NL,BE,CH,AT,IE,SE,NO,DK,FI,PL,PT,CZ,IN,AU,CA,BR,MX,IL,JP,PH,TR,ZA,SG,NZ,AE,NG,MY,RO,GR,HU,UA,CN,KR,SA";

    public PhoneRecognizer(List<String> regions) {
        this(regions, BuiltInData.PHONE_REGIONS);
    }

    /** @param known tables already found for some regions (the others are found here, from libphonenumber's metadata) */
    PhoneRecognizer(List<String> regions, Map<String, RegionTables> known) {
        this.regions = List.copyOf(regions);
        int n = this.regions.size();
        this.countryCodes = new int[n];
        this.trunkPrefixes = new String[n];
        this.parsed = new boolean[n];
        this.validLength = new boolean[n][];
        this.possibleLength = new boolean[n][];
        this.validStart = new boolean[n][];
        for (int i = 0; i < n; i++) {
            String region = this.regions.get(i);
            RegionTables t = known.get(region);
            if (t == null) {
                t = RegionTables.of(util, region);
            }
            countryCodes[i] = t.countryCode();
            trunkPrefixes[i] = t.trunkPrefix();
            parsed[i] = t.parsed();
            validLength[i] = t.validLength();
            possibleLength[i] = t.possibleLength();
            validStart[i] = t.validStart();
        }
    }

    /**
     * What the recogniser needs of one region, found from libphonenumber's metadata alone (the same for every
     * instance and every process with the same libphonenumber): its country code and trunk prefix, whether its
     * national numbers go through parse(), and per national significant number length and three-digit start the
     * tables described at the fields above. The arrays are never written after {@link #of}.
     */
    record RegionTables(int countryCode, String trunkPrefix, boolean parsed, boolean[] validLength,
                        boolean[] possibleLength, boolean[] validStart) {

        static Map<String, RegionTables> of(List<String> regions) {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            Map<String, RegionTables> tables = new HashMap<>();
            for (String region : regions) {
                tables.put(region, of(util, region));
            }
            return Map.copyOf(tables);
        }

        static RegionTables of(PhoneNumberUtil util, String region) {
            int countryCode = util.getCountryCodeForRegion(region);
            String trunkPrefix = util.getNddPrefixForRegion(region, true);
            boolean parsed = countryCode == 0 || REWRITING.contains(region);
            boolean[] validLength = new boolean[MAX_NATIONAL + 1];
            boolean[] possibleLength = new boolean[MAX_NATIONAL + 1];
            boolean[] validStart = null;
            if (!parsed) {
                com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata m = com.google.i18n.phonenumbers.metadata
                        .DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource().getMetadataForRegion(region);
                List<Integer> lengths = m == null || !m.hasGeneralDesc() ? List.of() : m.getGeneralDesc().getPossibleLengthList();
                if (m != null && m.hasGeneralDesc() && m.getGeneralDesc().hasNationalNumberPattern()) {
                    validStart = starts(m.getGeneralDesc().getNationalNumberPattern());
                }
                for (int len = 1; len <= MAX_NATIONAL; len++) {
                    // No metadata or no length list: libphonenumber checks no length, so neither may we.
                    validLength[len] = lengths.isEmpty() || lengths.contains(len);
                    possibleLength[len] = util.isPossibleNumber(new Phonenumber.PhoneNumber().setCountryCode(countryCode)
                            .setNationalNumber(Long.parseLong("1".repeat(len))));
                }
            }
            return new RegionTables(countryCode, trunkPrefix, parsed, validLength, possibleLength, validStart);
        }
    }

    /** For every three-digit string: whether it, or some longer string starting with it, can match {@code pattern} in full. */
    static boolean[] starts(String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher("");
        boolean[] starts = new boolean[1000];
        for (int p = 0; p < 1000; p++) {
            m.reset(String.format("%03d", p));
            starts[p] = m.matches() || m.hitEnd();
        }
        return starts;
    }

    /**
     * Whether the national significant number {@link #nationalNumber} would build from {@code digits} (of length
     * {@code len}) may match region i's general description: false only where it cannot.
     */
    private boolean mayBeValid(int i, String digits, int len) {
        boolean[] starts = validStart[i];
        if (starts == null || len < 3) {
            return true;
        }
        int from = digits.length() - len;
        int p = (digits.charAt(from) - '0') * 100 + (digits.charAt(from + 1) - '0') * 10 + (digits.charAt(from + 2) - '0');
        return starts[p];
    }

    /**
     * The length of the national significant number {@link #nationalNumber} would build (the trunk prefix stripped),
     * or -1 where it would build none.
     */
    private int nationalLength(int i, String digits) {
        String trunk = trunkPrefixes[i];
        int len = digits.length();
        if (trunk != null && !trunk.isEmpty() && digits.startsWith(trunk)) {
            len -= trunk.length();
        } else if (trunkZeroMissing(i, digits)) {
            return -1;
        }
        return len == 0 || len > MAX_NATIONAL ? -1 : len;
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
        return "0".equals(trunkPrefixes[i]) && !digits.startsWith("0") && !TRUNK_OPTIONAL.contains(regions.get(i))
                && !chineseMobile(i, digits);
    }

    /**
     * A Chinese mobile number ("138 0013 8000"): eleven digits opening with 1, dialled without the trunk 0 that
     * Chinese landlines take; only these are exempt from the trunk-0 rule in CN (libphonenumber still decides).
     */
    private boolean chineseMobile(int i, String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && "CN".equals(regions.get(i));
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
        if (to - from == 3 && t.charAt(from) == ' ' && (t.charAt(from + 1) == '-' || t.charAt(from + 1) == '\u2013') && t.charAt(from + 2) == ' ') {
            return true; // "98765 - 43210": a dash with blanks around it (ten digits at least, see accept)
        }
        if (to - from == 3 && t.charAt(from) == ' ' && t.charAt(from + 1) == '/' && t.charAt(from + 2) == ' ') {
            return areaCodeBefore(t, from); // "0621 / 398 40 51": the German way of setting off the area code (round 29)
        }
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

    /**
     * Whether the digits right before {@code end} are a whole area code with its trunk zero: two to five digits, the
     * first '0', no letter, digit, '+' or '/' before them ("030", "0621", "08031"; not "12 / 34", not "1/2 / 3"). Reads
     * six characters back.
     */
    static boolean areaCodeBefore(String t, int end) {
        int s = end;
        while (s > 0 && Chars.digit(t.charAt(s - 1)) && end - s < 6) {
            s--;
        }
        char p = Chars.at(t, s - 1);
        return end - s >= 2 && end - s <= 5 && t.charAt(s) == '0' && !Chars.letterOrDigit(p) && p != '+' && p != '/';
    }

    /**
     * The last run of a chain that starts at run {@code r} (not after '+'): five or more runs joined by phone gaps, each but
     * the last of exactly four digits, more than 16 digits together; {@code r} itself when there is no such chain.
     * Reads the chain once; the caller skips past it, so every run is read a bounded number of times.
     */
    private static int fourDigitChainEnd(String t, int[] runs, int count, int r) {
        if (len(runs, r) != 4 || Chars.at(t, runs[2 * r] - 1) == '+') {
            return r;
        }
        int k = r;
        int digits = 4;
        while (k + 1 < count && len(runs, k) == 4 && t.charAt(runs[2 * k + 1]) == ' ' && runs[2 * k + 2] == runs[2 * k + 1] + 1) {
            k++;
            digits += len(runs, k);
        }
        return k - r >= 4 && digits > 16 ? k : r;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        int first = out.size();
        numbers(scan, out);
        String t = scan.text();
        for (int k = out.size() - 1; k >= first; k--) {
            if (insideItemNumber(t, out.get(k).start, out.get(k).end) || insideFourByFour(t, out.get(k).start, out.get(k).end)) {
                out.remove(k);
            }
        }
    }

    /**
     * Whether {@code t[start, end)} is a strict part of four groups of four digits joined by single blanks ("Order 4417
     * 2290 3381 0453"): a number printed as a card is, its last eight digits are no phone. A phone reading of the whole
     * group stays. Reads at most 19 characters either side: constant.
     */
    static boolean insideFourByFour(String t, int start, int end) {
        int a = start;
        while (a > 0 && start - a < 19 && (Chars.digit(t.charAt(a - 1)) || t.charAt(a - 1) == ' ' && Chars.digit(Chars.at(t, a - 2)))) {
            a--;
        }
        int b = end;
        while (b < t.length() && b - end < 19 && (Chars.digit(t.charAt(b)) || t.charAt(b) == ' ' && Chars.digit(Chars.at(t, b + 1)))) {
            b++;
        }
        if (b - a != 19 || a == start && b == end || Chars.word(Chars.at(t, a - 1)) || Chars.word(Chars.at(t, b))) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if ((i - a) % 5 == 4 ? t.charAt(i) != ' ' : !Chars.digit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code t[start, end)} lies inside a postal item number of the UPU S10 shape ("RB 517 203 364 NL", "RR123456785GB"):
     * two capitals, nine digits (in groups or not), two capitals, nothing glued to either end. The digits of a registered
     * letter's or a parcel's number are no phone. Reads at most 14 characters either side: constant.
     */
    static boolean insideItemNumber(String t, int start, int end) {
        int a = start;
        while (a > 0 && start - a < 14 && (Chars.digit(t.charAt(a - 1)) || t.charAt(a - 1) == ' ')) {
            a--;
        }
        int b = end;
        while (b < t.length() && b - end < 14 && (Chars.digit(t.charAt(b)) || t.charAt(b) == ' ')) {
            b++;
        }
        if (!Chars.upper(Chars.at(t, a - 1)) || !Chars.upper(Chars.at(t, a - 2)) || Chars.word(Chars.at(t, a - 3))
                || !Chars.upper(Chars.at(t, b)) || !Chars.upper(Chars.at(t, b + 1)) || Chars.word(Chars.at(t, b + 2))) {
            return false;
        }
        if (t.charAt(a) == ' ' && t.charAt(a + 1) == ' ' || t.charAt(b - 1) == ' ' && t.charAt(b - 2) == ' ') {
            return false;
        }
        int digits = 0;
        for (int k = a; k < b; k++) {
            if (Chars.digit(t.charAt(k))) {
                digits++;
            }
        }
        return digits == 9;
    }

    private void numbers(Scan scan, List<Candidate> out) {
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
            if (r >= resumeAt) {
                // "4412 9087 3365 1209 8874 21": a chain of five groups or more, each but the last of four digits, more
                // than 16 digits in all, is one number written in fours (a waybill, a tracking number), no phones.
                int chainEnd = fourDigitChainEnd(t, runs, count, r);
                if (chainEnd > r) {
                    r = chainEnd;
                    resumeAt = chainEnd + 1;
                    continue;
                }
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
            if (Chars.word(prev) && !Chars.unspacedLetter(prev) || "+.-/:".indexOf(prev) >= 0 && prev != '\0') {
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
        if (Chars.word(next) && !Chars.unspacedLetter(next) || next == ':') {
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
        if (digits < 7 || digits > MAX_DIGITS || spacedDash(value) && digits < 10 || dateLike(value) || ssnLike(value) || dottedQuad(value) || cardLike(value)) {
            return -1;
        }
        return score(value, digits);
    }

    /** Whether a dash with blanks around it separates two groups ("1000 - 2000" is more often a range than a number). */
    private static boolean spacedDash(String v) {
        return v.contains(" - ") || v.contains(" \u2013 ");
    }

    /** "12/03/2024", "2024-03-12", "03.2024": dates, not numbers to call. One pass, no regular expression. */
    static boolean dateLike(String v) {
        int[] groups = new int[3];
        int count = 0;
        int len = 0;
        char sep = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' || c == '/' || c == '-') {
                // A fourth group, or a second kind of separator: no date.
                if (count == 2 || sep != 0 && c != sep) {
                    return false;
                }
                sep = c;
                groups[count++] = len;
                len = 0;
            } else if (Chars.digit(c)) {
                len++;
            } else {
                return false;
            }
        }
        groups[count++] = len;
        if (count < 2) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            if (groups[k] == 0 || groups[k] > 4) {
                return false;
            }
        }
        if (count == 3) {
            return groups[1] <= 2 && (groups[0] == 4 || groups[2] == 4 || groups[2] == 2 && groups[0] <= 2);
        }
        return groups[0] <= 2 && groups[1] == 4 || groups[0] == 4 && groups[1] <= 2;
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
     * digits must not come back as a phone. Exactly three groups of four that open with a trunk '0' ("0176 2284 5519",
     * a German mobile as people write it) are no card: no card number begins with 0 (round 36).
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
            return groups > 3 || v.charAt(0) != '0';
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
                // "+0044 …": the plus and the international prefix written together, one of them too many.
                String v = value.startsWith("+00") ? value.substring(1) : value;
                Phonenumber.PhoneNumber n = util.parse(v.startsWith("00") ? "+" + v.substring(2) : v, "ZZ");
                if (!util.isValidNumber(n) && n.getCountryCode() == 52) {
                    // "+52 1 81 2345 6789" (round 29): the "1" Mexico wrote before mobile numbers until 2019, still
                    // printed on cards and signatures; libphonenumber no longer reads it. Valid without it: a phone.
                    String national = Long.toString(n.getNationalNumber());
                    if (national.length() == 11 && national.charAt(0) == '1') {
                        Phonenumber.PhoneNumber m = new Phonenumber.PhoneNumber().setCountryCode(52)
                                .setNationalNumber(Long.parseLong(national.substring(1)));
                        if (util.isValidNumber(m)) {
                            return 0.9;
                        }
                    }
                }
                return util.isValidNumber(n) ? 0.9 : util.isPossibleNumber(n) ? 0.05 : -1;
            }
            String digitsOnly = Checksums.digits(value);
            boolean possible = false;
            for (int i = 0; i < regions.size(); i++) {
                String region = regions.get(i);
                if (trunkZeroMissing(i, digitsOnly)) {
                    continue;
                }
                if (parsed[i]) {
                    // Regions whose parsing rewrites national numbers (carrier or mobile prefixes) still go through parse().
                    Phonenumber.PhoneNumber n = util.parse(value, region);
                    if (util.isValidNumberForRegion(n, region)) {
                        return grouped ? 0.75 : 0.35;
                    }
                    possible = possible || util.isPossibleNumber(n);
                    continue;
                }
                // Narrowed by the digit count first: most regions admit neither this length nor, so, this number.
                int len = nationalLength(i, digitsOnly);
                if (len < 0) {
                    continue;
                }
                if (validLength[i][len] && mayBeValid(i, digitsOnly, len) && util.isValidNumberForRegion(nationalNumber(i, digitsOnly), region)) {
                    return grouped ? 0.75 : 0.35;
                }
                possible = possible || possibleLength[i][len];
            }
            // Merely possible (right length, no valid plan range): context only. No number of any region: nothing.
            return possible ? 0.05 : -1;
        } catch (NumberParseException e) {
            return -1;
        }
    }
}
