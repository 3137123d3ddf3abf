package com.safesupport.redaction.detect;

import java.util.List;
import java.util.stream.Stream;

/**
 * National identifiers of other countries, each by its published format and check digit, under the entity names
 * Microsoft Presidio uses for them. Two scanners share the scan's views, so they add no pass over the text:
 * {@link Digits} reads the digit runs (Australian ABN / ACN / TFN / Medicare, Indian Aadhaar, Polish PESEL, Korean
 * RRN / FRN / business number / driving licence, Thai national ID, Italian VAT number; since round 24 the Canadian SIN,
 * Dutch BSN, French NIR, Brazilian CPF and Swedish personnummer) and {@link Codes} the
 * letter-and-digit runs (Spanish NIF / NIE, Finnish personal identity code, Singapore NRIC / FIN and UEN, Indian PAN
 * and GSTIN, Italian fiscal code, Irish PPS number). Each looks at a bounded
 * window (at most 21 characters) around its trigger, so both are linear in the text.
 *
 * <p>Scores follow the repository's rule for bare numbers: a plain run of digits that a check digit confirms is only
 * 0.3 — an order or tracking number looks the same, one in ten passes a mod-10 or mod-11 check, one in forty of
 * 11-digit numbers passes ABN's or the partita IVA's — and a context word of the type ("tfn", "aadhaar", "pesel"...)
 * lifts it to 0.65; the format's own grouping ("51 824 753 556", "2123 45670 1") or letters in fixed places (a check
 * letter, a date and a check character) are reported on their own.
 */
final class NationalIdRecognizers {

    /** The types of this file, in the order of {@link EntityTypes}. */
    static final List<String> TYPES = List.of("AU_ABN", "AU_ACN", "AU_TFN", "AU_MEDICARE", "IN_AADHAAR", "PL_PESEL", "KR_RRN",
            "TH_TNIN", "IT_VAT_CODE", "ES_NIF", "ES_NIE", "FI_PERSONAL_IDENTITY_CODE", "SG_NRIC_FIN", "SG_UEN", "IN_PAN",
            "IT_FISCAL_CODE", "KR_FRN", "KR_BRN", "KR_DRIVER_LICENSE", "IN_GSTIN", "CA_SIN", "IE_PPS", "NL_BSN", "FR_NIR", "BR_CPF", "SE_PERSONNUMMER",
            "DE_TAX_ID", "NO_FNR", "PT_NIF", "TR_NATIONAL_ID", "MX_CURP", "ZA_ID", "DK_CPR", "BE_NATIONAL_NUMBER", "CH_AHV", "AT_SVNR",
            "CZ_BIRTH_NUMBER");

    /** The types {@link Digits} reports: the digit-run types of {@link #TYPES}. */
    static final List<String> DIGIT_TYPES = Stream.of(TYPES.subList(0, 9).stream(), TYPES.subList(16, 19).stream(),
            Stream.of("CA_SIN", "NL_BSN", "FR_NIR", "BR_CPF", "SE_PERSONNUMMER", "DE_TAX_ID", "NO_FNR", "PT_NIF", "TR_NATIONAL_ID", "ZA_ID", "DK_CPR", "BE_NATIONAL_NUMBER",
                    "CH_AHV", "AT_SVNR", "CZ_BIRTH_NUMBER")).flatMap(s -> s).toList();

    /** The types {@link Codes} reports. */
    static final List<String> CODE_TYPES = Stream.of(TYPES.subList(9, 16).stream(), Stream.of("IN_GSTIN", "IE_PPS", "MX_CURP")).flatMap(s -> s).toList();

    /** A plain run of digits that only a weak (1 in 10 or 11) check digit confirms: context needed for the default threshold. */
    static final double BARE = 0.3;

    private NationalIdRecognizers() {
    }

    static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }

    /** Sum of weight[i] * digit i of {@code d}. */
    static int weighted(String d, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(d, i);
        }
        return sum;
    }

    /** Australian Business Number: 11 digits; subtract 1 from the first, weights 10, 1, 3, ..., 19, sum divisible by 89. */
    static boolean abn(String d) {
        if (d.length() != 11 || d.charAt(0) == '0') {
            return false;
        }
        int sum = (digit(d, 0) - 1) * 10;
        for (int i = 1; i < 11; i++) {
            sum += digit(d, i) * (2 * i - 1);
        }
        return sum % 89 == 0;
    }

    /** Australian Company Number: 9 digits, weights 8..1 on the first eight, check = (10 - sum mod 10) mod 10. */
    static boolean acn(String d) {
        return d.length() == 9 && (10 - weighted(d, 8, 7, 6, 5, 4, 3, 2, 1) % 10) % 10 == digit(d, 8);
    }

    /** Australian Tax File Number: 9 digits, weights 1, 4, 3, 7, 5, 8, 6, 9, 10, sum divisible by 11. */
    static boolean tfn(String d) {
        return d.length() == 9 && weighted(d, 1, 4, 3, 7, 5, 8, 6, 9, 10) % 11 == 0;
    }

    /** Australian Medicare card number: 10 digits, first 2–6, 9th = weights 1, 3, 7, 9, 1, 3, 7, 9 mod 10; 10th the issue. */
    static boolean medicare(String d) {
        return d.length() == 10 && d.charAt(0) >= '2' && d.charAt(0) <= '6' && weighted(d, 1, 3, 7, 9, 1, 3, 7, 9) % 10 == digit(d, 8);
    }

    private static final int[][] VERHOEFF_D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    /** p(i) = p(1)^i; row 4 read "7, 8, 6" for "6, 8, 7" until round 50, which rejected about one valid Aadhaar number in five. */
    private static final int[][] VERHOEFF_P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    /** Verhoeff's dihedral check over all digits (the check digit last). */
    static boolean verhoeff(String d) {
        int c = 0;
        for (int i = 0; i < d.length(); i++) {
            c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digit(d, d.length() - 1 - i)]];
        }
        return c == 0;
    }

    /** Indian Aadhaar (UIDAI): 12 digits, the first 2–9, Verhoeff check digit, not a palindrome. */
    static boolean aadhaar(String d) {
        return d.length() == 12 && d.charAt(0) >= '2' && !new StringBuilder(d).reverse().toString().equals(d) && verhoeff(d);
    }

    /** Polish PESEL: YYMMDD (month + 20/40/60/80 by century), 4 serial digits, check = (10 - weights 1,3,7,9.. mod 10) mod 10. */
    static boolean pesel(String d) {
        if (d.length() != 11) {
            return false;
        }
        int month = (digit(d, 2) * 10 + digit(d, 3)) % 20;
        int day = digit(d, 4) * 10 + digit(d, 5);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
                && (10 - weighted(d, 1, 3, 7, 9, 1, 3, 7, 9, 1, 3) % 10) % 10 == digit(d, 10);
    }

    /** Score of a bare PESEL whose date part is a real birth date ({@link #peselBirthDate}): the default threshold. */
    static final double PESEL_DATED = 0.4;

    /** The last two digits of this year (UTC), read once: a PESEL of the 2000s is born no later. */
    private static final int THIS_YEAR = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();

    /**
     * Round 44: whether a PESEL's first six digits are a birth date that exists — month 01–12 (born 1900–1999) or 21–32
     * (born 2000 up to this year), the day within that month (leap years included). Centuries 1800 and 2100–2299 are
     * left out: nobody writing in is born then, and they pass many phone numbers ("07911…" reads as month 91).
     */
    static boolean peselBirthDate(String d) {
        if (d.length() != 11) {
            return false;
        }
        int yy = digit(d, 0) * 10 + digit(d, 1);
        int mm = digit(d, 2) * 10 + digit(d, 3);
        int dd = digit(d, 4) * 10 + digit(d, 5);
        int year;
        if (mm >= 1 && mm <= 12) {
            year = 1900 + yy;
        } else if (mm >= 21 && mm <= 32 && 2000 + yy <= THIS_YEAR) {
            year = 2000 + yy;
            mm -= 20;
        } else {
            return false;
        }
        return dd >= 1 && dd <= java.time.YearMonth.of(year, mm).lengthOfMonth();
    }

    /**
     * Belgian national number (rijksregisternummer / numéro de registre national, also the BIS number): YYMMDD (month
     * 0–12, +20 or +40 for a BIS number; day 0–31, a zero where the date is unknown), a three-digit serial and a
     * mod-97 check of the first nine digits (with a leading 2 for births from 2000): about one 11-digit number in a
     * hundred passes.
     */
    static boolean beNationalNumber(String d) {
        if (d.length() != 11) {
            return false;
        }
        int month = (digit(d, 2) * 10 + digit(d, 3)) % 20;
        int day = digit(d, 4) * 10 + digit(d, 5);
        if (month > 12 || day > 31 || digit(d, 2) >= 6) {
            return false;
        }
        long base = Long.parseLong(d.substring(0, 9));
        int check = digit(d, 9) * 10 + digit(d, 10);
        return 97 - base % 97 == check || 97 - (2_000_000_000L + base) % 97 == check;
    }

    /**
     * Round 45: Swiss social-security number (AHV / AVS, since 2008): 13 digits, the country code 756, nine serial digits
     * and an EAN-13 check digit (weights 1 and 3 from the left): one 13-digit number in ten that starts with 756 passes.
     */
    static boolean chAhv(String d) {
        if (d.length() != 13 || !d.startsWith("756")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += digit(d, i) * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == digit(d, 12);
    }

    /**
     * Round 45: Austrian social-security number (Sozialversicherungsnummer): three serial digits (the first not 0), a check
     * digit, and the holder's DDMMYY (a real day and month); the check is weights 3, 7, 9, –, 5, 8, 4, 2, 1, 6 mod 11 (a
     * result of 10 is never issued). About one 10-digit number in thirty passes: its word is needed.
     */
    static boolean atSvnr(String d) {
        if (d.length() != 10 || d.charAt(0) == '0' || !validDayMonth(digit(d, 4) * 10 + digit(d, 5), digit(d, 6) * 10 + digit(d, 7))) {
            return false;
        }
        return weighted(d, 3, 7, 9, 0, 5, 8, 4, 2, 1, 6) % 11 == digit(d, 3);
    }

    /**
     * Round 45: Czech and Slovak birth number (rodné číslo / rodné číslo): YYMMDD with the month + 50 for women (+ 20 or
     * + 70 for numbers issued since 2004), then four digits, the whole 10-digit number divisible by 11 (the old remainder
     * 10 written as a last 0 is accepted too). Nine-digit numbers of births before 1954 have no check and are left out.
     * About one 10-digit number in thirty passes.
     */
    static boolean czBirthNumber(String d) {
        if (d.length() != 10) {
            return false;
        }
        int month = digit(d, 2) * 10 + digit(d, 3);
        month = month > 70 ? month - 70 : month > 50 ? month - 50 : month > 20 ? month - 20 : month;
        if (!validDayMonth(digit(d, 4) * 10 + digit(d, 5), month)) {
            return false;
        }
        long n = Long.parseLong(d);
        return n % 11 == 0 || Long.parseLong(d.substring(0, 9)) % 11 == 10 && digit(d, 9) == 0;
    }

    /** Korean RRN shape: YYMMDD (a month and day), a sex-and-century digit 1–4, six more digits. */
    static boolean rrnShape(String d) {
        if (d.length() != 13) {
            return false;
        }
        int month = digit(d, 2) * 10 + digit(d, 3);
        int day = digit(d, 4) * 10 + digit(d, 5);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && d.charAt(6) >= '1' && d.charAt(6) <= '4';
    }

    /** The check digit of RRNs issued before October 2020 (region code 00–95; weights 2..9, 2..5; (11 - sum mod 11) mod 10). */
    static boolean rrnChecked(String d) {
        int region = digit(d, 7) * 10 + digit(d, 8);
        return region <= 95 && (11 - weighted(d, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5) % 11) % 10 == digit(d, 12);
    }

    /** Korean foreigner registration number shape: YYMMDD, a sex-and-century digit 5–8, six more digits. */
    static boolean frnShape(String d) {
        return d.length() == 13 && d.charAt(6) >= '5' && d.charAt(6) <= '8' && rrnShape(d.substring(0, 6) + '1' + d.substring(7));
    }

    /** The FRN check digit of numbers issued before October 2020: (13 - RRN's weighted sum mod 11) mod 10. */
    static boolean frnChecked(String d) {
        return (13 - weighted(d, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5) % 11) % 10 == digit(d, 12);
    }

    /** Korean business registration number: 10 digits, weights 1,3,7,1,3,7,1,3,5, the tens of the last product added. */
    static boolean krBrn(String d) {
        if (d.length() != 10) {
            return false;
        }
        int sum = weighted(d, 1, 3, 7, 1, 3, 7, 1, 3) + digit(d, 8) * 5 + digit(d, 8) * 5 / 10;
        return (10 - sum % 10) % 10 == digit(d, 9);
    }

    /** Korean driving licence: 12 digits, the first two a regional office (11–26, 28); its check digits are not published. */
    static boolean krLicenceRegion(String d) {
        int region = digit(d, 0) * 10 + digit(d, 1);
        return d.length() == 12 && (region >= 11 && region <= 26 || region == 28);
    }

    /** Thai national ID: 13 digits, first 1–9, province digits as assigned, check = (11 - weights 13..2 mod 11) mod 10. */
    static boolean tnin(String d) {
        if (d.length() != 13 || d.charAt(0) == '0') {
            return false;
        }
        int a = digit(d, 1);
        int b = digit(d, 2);
        boolean province = a == 1 || a == 3 || a == 4 || (a == 2 || a == 5) && b != 2 && b < 8 || (a == 6 || a == 7) && b <= 7
                || (a == 8 || a == 9) && b <= 6;
        return province && (11 - weighted(d, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2) % 11) % 10 == digit(d, 12);
    }

    /** Italian VAT number (partita IVA): 11 digits, Luhn check digit, an office code 001–100 or 120, 121, 888, 999. */
    static boolean itVat(String d) {
        if (d.length() != 11) {
            return false;
        }
        int office = digit(d, 7) * 100 + digit(d, 8) * 10 + digit(d, 9);
        return (office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999) && Checksums.luhn(d);
    }

    /** Canadian Social Insurance Number: 9 digits, Luhn, the first not 0 (unused) nor 8 (business numbers). */
    static boolean caSin(String d) {
        return d.length() == 9 && d.charAt(0) != '0' && d.charAt(0) != '8' && Checksums.luhn(d);
    }

    /** Dutch burgerservicenummer: 9 digits, the elfproef (weights 9..2 and -1 on the last, sum divisible by 11), not 0. */
    static boolean nlBsn(String d) {
        return d.length() == 9 && d.charAt(0) != '0' && (weighted(d, 9, 8, 7, 6, 5, 4, 3, 2) - digit(d, 8)) % 11 == 0;
    }

    /**
     * German tax identification number, steuerliche Identifikationsnummer: 11 digits, the first not 0; among the first ten
     * exactly one digit occurs twice or three times (three times never in a row) and the others at most once; the last is
     * the ISO 7064 MOD 11,10 check digit. About one random 11-digit number in 700 passes.
     */
    static boolean deTaxId(String d) {
        if (d.length() != 11 || d.charAt(0) == '0') {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[digit(d, i)]++;
        }
        int repeated = 0;
        for (int c : counts) {
            if (c > 3) {
                return false;
            }
            if (c >= 2) {
                repeated++;
                if (c == 3 && threeInARow(d)) {
                    return false;
                }
            }
        }
        if (repeated != 1) {
            return false;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (digit(d, i) + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == digit(d, 10);
    }

    /**
     * Norwegian national identity number, fødselsnummer (or a D-number, the day plus 40): DDMMYY, a three-digit individual
     * number and two mod-11 check digits (weights 3, 7, 6, 1, 8, 9, 4, 5, 2, then 5, 4, 3, 2, 7, 6, 5, 4, 3, 2); about one
     * random 11-digit number in 250 passes the date and both checks.
     */
    /**
     * Turkish identity number, T.C. kimlik no: 11 digits, the first not 0; the tenth is (7 × the sum of the odd places
     * 1, 3, 5, 7, 9 − the sum of the even places 2, 4, 6, 8) mod 10, the eleventh the sum of the first ten mod 10 (one
     * random run in a hundred passes).
     */
    static boolean trId(String d) {
        if (d.length() != 11 || d.charAt(0) == '0') {
            return false;
        }
        int odd = digit(d, 0) + digit(d, 2) + digit(d, 4) + digit(d, 6) + digit(d, 8);
        int even = digit(d, 1) + digit(d, 3) + digit(d, 5) + digit(d, 7);
        if (Math.floorMod(7 * odd - even, 10) != digit(d, 9)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += digit(d, i);
        }
        return sum % 10 == digit(d, 10);
    }

    /** The states (and "NE", born abroad) of a Mexican CURP. */
    private static final java.util.Set<String> CURP_STATES = java.util.Set.of("AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF",
            "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL",
            "VZ", "YN", "ZS", "NE");
    private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    /**
     * The shape of a Mexican CURP (18 characters, upper case): four letters, a birth date YYMMDD, H / M / X, a state code
     * of {@link #CURP_STATES}, three consonants, a letter or digit (the century), a digit.
     */
    static boolean curpShape(String v) {
        if (v.length() != 18) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Chars.upper(v.charAt(i))) {
                return false;
            }
        }
        if (!Chars.allDigits(v, 4, 10) || "HMX".indexOf(v.charAt(10)) < 0 || !CURP_STATES.contains(v.substring(11, 13))) {
            return false;
        }
        int month = Integer.parseInt(v, 6, 8, 10);
        int day = Integer.parseInt(v, 8, 10, 10);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        for (int i = 13; i < 16; i++) {
            if (!Chars.upper(v.charAt(i)) || "AEIOU".indexOf(v.charAt(i)) >= 0) {
                return false;
            }
        }
        return (Chars.upper(v.charAt(16)) || Chars.digit(v.charAt(16))) && Chars.digit(v.charAt(17));
    }

    /** The CURP's check digit: 10 − (Σ value × (18 − position)) mod 10, over the first 17 characters, mod 10. */
    static boolean curpChecked(String v) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CURP_ALPHABET.indexOf(v.charAt(i)) * (18 - i);
        }
        return (10 - sum % 10) % 10 == digit(v, 17);
    }

    static boolean noFnr(String d) {
        if (d.length() != 11) {
            return false;
        }
        int day = digit(d, 0) * 10 + digit(d, 1);
        int month = digit(d, 2) * 10 + digit(d, 3);
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        int k1 = 11 - weighted(d, 3, 7, 6, 1, 8, 9, 4, 5, 2) % 11;
        int k2 = 11 - weighted(d, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2) % 11;
        return (k1 == 11 ? 0 : k1) == digit(d, 9) && (k2 == 11 ? 0 : k2) == digit(d, 10);
    }

    /**
     * Portuguese tax number of a person, NIF (número de contribuinte): 9 digits, the first 1–3, the mod-11 check digit
     * (weights 9..2; a remainder of 0 or 1 gives 0). One random 9-digit number in eleven passes: its word is needed.
     */
    static boolean ptNif(String d) {
        if (d.length() != 9 || d.charAt(0) < '1' || d.charAt(0) > '3') {
            return false;
        }
        int check = 11 - weighted(d, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
        return (check >= 10 ? 0 : check) == digit(d, 8);
    }

    /**
     * South African identity number: YYMMDD, a four-digit sequence (0000–4999 women, 5000–9999 men), the citizenship
     * digit (0 citizen, 1 permanent resident, 2 refugee), a digit that is 8 or 9 on every number issued, and a Luhn check
     * digit. A valid date, C and A pass about one random 13-digit number in 450, the Luhn digit one in ten of those.
     */
    static boolean zaId(String d) {
        if (d.length() != 13 || !validDayMonth(digit(d, 4) * 10 + digit(d, 5), digit(d, 2) * 10 + digit(d, 3))) {
            return false;
        }
        char citizen = d.charAt(10);
        char race = d.charAt(11);
        return citizen >= '0' && citizen <= '2' && (race == '8' || race == '9') && Checksums.luhn(d);
    }

    /**
     * Danish CPR number: DDMMYY and four serial digits. The modulus-11 check was dropped for numbers issued since October
     * 2007, so only the date narrows it (about one random 10-digit number in 27): its word is needed.
     */
    static boolean dkCpr(String d) {
        return d.length() == 10 && validDayMonth(digit(d, 0) * 10 + digit(d, 1), digit(d, 2) * 10 + digit(d, 3));
    }

    /** A day 1–31 that its month 1–12 can hold (29 February allowed: the century is not known). */
    private static boolean validDayMonth(int day, int month) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= (month == 2 ? 29 : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
    }

    /** Whether one digit stands three times in a row among the first ten. */
    private static boolean threeInARow(String d) {
        for (int i = 2; i < 10; i++) {
            if (d.charAt(i) == d.charAt(i - 1) && d.charAt(i) == d.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    /** Brazilian CPF: 9 digits and two mod-11 check digits (weights 10..2, then 11..2); one repeated digit is refused. */
    static boolean brCpf(String d) {
        if (d.length() != 11 || d.chars().distinct().count() == 1) {
            return false;
        }
        int first = weighted(d, 10, 9, 8, 7, 6, 5, 4, 3, 2) * 10 % 11 % 10;
        int second = weighted(d, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2) * 10 % 11 % 10;
        return first == digit(d, 9) && second == digit(d, 10);
    }

    /**
     * Swedish personnummer as 10 digits YYMMDDNNNC (the century left out): a month 01–12, a day 01–31 (61–91 for a
     * samordningsnummer), the Luhn check over the 10 digits.
     */
    static boolean sePersonnummer(String d) {
        if (d.length() != 10) {
            return false;
        }
        int month = digit(d, 2) * 10 + digit(d, 3);
        int day = digit(d, 4) * 10 + digit(d, 5);
        return month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91) && Checksums.luhn(d);
    }

    /** The 12-digit form YYYYMMDDNNNC: a century 18–20 and the 10-digit number after it. */
    static boolean sePersonnummerLong(String d) {
        return d.length() == 12 && (d.startsWith("18") || d.startsWith("19") || d.startsWith("20")) && sePersonnummer(d.substring(2));
    }

    /** The French NIR's group lengths: sex, year, month, department (2A / 2B for Corsica), commune, order, key. */
    private static final int[] NIR_GROUPS = {1, 2, 2, 2, 3, 3, 2};

    /**
     * French social security number (INSEE's NIR) at {@code start}: 15 characters, written together or in its groups with
     * single blanks ("1 85 05 78 006 084 36"). The sex digit 1 or 2, a month 01–12, a department 01–99 or 2A / 2B, an
     * order number not 000, and the key = 97 − (the 13 digits mod 97), Corsica's 2A / 2B counted as 19 / 18. Returns the
     * end of the number, or -1. Reads at most 21 characters.
     */
    static int nir(String t, int start) {
        char sex = Chars.at(t, start);
        if (sex != '1' && sex != '2') {
            return -1;
        }
        boolean spaced = Chars.at(t, start + 1) == ' ';
        StringBuilder v = new StringBuilder(15);
        int i = start;
        for (int g = 0; g < NIR_GROUPS.length; g++) {
            if (g > 0 && spaced) {
                if (Chars.at(t, i) != ' ') {
                    return -1;
                }
                i++;
            }
            for (int k = 0; k < NIR_GROUPS[g]; k++, i++) {
                char c = Chars.at(t, i);
                boolean corsica = g == 3 && k == 1 && (c == 'A' || c == 'B') && Chars.at(t, i - 1) == '2';
                if (!Chars.digit(c) && !corsica) {
                    return -1;
                }
                v.append(c);
            }
        }
        String n = v.toString();
        int month = (n.charAt(3) - '0') * 10 + n.charAt(4) - '0';
        String department = n.substring(5, 7);
        if (month < 1 || month > 12 || department.equals("00") || n.startsWith("000", 10)) {
            return -1;
        }
        long number = Long.parseLong(n.substring(0, 5) + (department.equals("2A") ? "19" : department.equals("2B") ? "18" : department)
                + n.substring(7, 13));
        long key = Long.parseLong(n.substring(13));
        return 97 - number % 97 == key ? i : -1;
    }

    /** The identifiers made of digit groups. */
    static final class Digits extends ScannerRecognizer {

        /** UIDAI prints blanks; hyphens and colons are how it is typed too. */
        private static final char[] AADHAAR_SEPARATORS = {' ', '-', ':'};
        /** Korean licences are printed 11-22-123456-12; blanks are how they are typed too. */
        private static final char[] KR_LICENCE_SEPARATORS = {'-', ' '};

        Digits() {
            super("NationalNumberRecognizer", "national-check-digits", DIGIT_TYPES.toArray(String[]::new));
        }

        /** The runs r..r+groups-1 have these lengths and single {@code sep} between them, and the grouping stops there. */
        private static boolean grouped(String t, int[] runs, int r, char sep, int... lengths) {
            int count = runs.length / 2;
            if (r + lengths.length > count) {
                return false;
            }
            for (int k = 0; k < lengths.length; k++) {
                if (NumberRecognizers.len(runs, r + k) != lengths[k] || k > 0 && !NumberRecognizers.gapIs(t, runs, r + k - 1, sep)) {
                    return false;
                }
            }
            int start = runs[2 * r];
            int end = runs[2 * (r + lengths.length - 1) + 1];
            // Not one group of a longer grouping ("12 345 678 901 234").
            return !(Chars.at(t, start - 1) == sep && Chars.digit(Chars.at(t, start - 2)))
                    && !(Chars.at(t, end) == sep && Chars.digit(Chars.at(t, end + 1)));
        }

        private static String digitsOf(String t, int start, int end) {
            return Checksums.digits(t.substring(start, end));
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
                if (!NumberRecognizers.startsCleanly(t, start, "-.+/")) {
                    continue;
                }
                int len = NumberRecognizers.len(runs, r);
                int end = runs[2 * r + 1];
                if (len >= 9 && len <= 13 && NumberRecognizers.endsCleanly(t, end)) {
                    bare(t.substring(start, end), start, end, out, len == 10 && svnrWordBefore(scan.lower(), start));
                }
                if (len == 1 && (grouped(t, runs, r, '-', 1, 4, 5, 2, 1) || grouped(t, runs, r, ' ', 1, 4, 5, 2, 1))) {
                    // The Thai ID card prints its number 1-2345-67890-12-3: the same check and context as the bare run.
                    int e = runs[2 * (r + 4) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && tnin(digitsOf(t, start, e))) {
                        add(out, "TH_TNIN", start, e, BARE, "tnin-mod11");
                    }
                }
                if (len == 2 && grouped(t, runs, r, ' ', 2, 3, 3, 3)) {
                    int e = runs[2 * (r + 3) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && abn(digitsOf(t, start, e))) {
                        add(out, "AU_ABN", start, e, 1.0, "abn-mod89");
                    }
                    if (NumberRecognizers.endsCleanly(t, e) && deTaxId(digitsOf(t, start, e))) {
                        // "47 192 635 847": how the Bundeszentralamt für Steuern prints the Steuer-ID (2-3-3-3); as the
                        // plain run, 0.3 until "steuer-id" / "identifikationsnummer" / "tax id".
                        add(out, "DE_TAX_ID", start, e, BARE, "iso7064-mod11-10");
                    }
                } else if (len == 3 && grouped(t, runs, r, ' ', 3, 3, 3)) {
                    int e = runs[2 * (r + 2) + 1];
                    String d = digitsOf(t, start, e);
                    // "LX 302 881 947 DE": the nine digits of a postal item number are neither company nor tax number.
                    if (NumberRecognizers.endsCleanly(t, e) && !PhoneRecognizer.insideItemNumber(t, start, e)) {
                        if (acn(d)) {
                            add(out, "AU_ACN", start, e, 0.6, "acn-check");
                        }
                        if (tfn(d)) {
                            add(out, "AU_TFN", start, e, 0.6, "tfn-mod11");
                        }
                    }
                } else if (len == 4 && grouped(t, runs, r, ' ', 4, 5, 1)) {
                    int e = runs[2 * (r + 2) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && medicare(digitsOf(t, start, e))) {
                        add(out, "AU_MEDICARE", start, e, 0.6, "medicare-check");
                    }
                }
                if (len == 4) {
                    for (char sep : AADHAAR_SEPARATORS) {
                        if (grouped(t, runs, r, sep, 4, 4, 4)) {
                            int e = runs[2 * (r + 2) + 1];
                            if (NumberRecognizers.endsCleanly(t, e) && aadhaar(digitsOf(t, start, e))) {
                                add(out, "IN_AADHAAR", start, e, 0.6, "verhoeff");
                            }
                        }
                    }
                }
                if (len == 6 && grouped(t, runs, r, '-', 6, 7)) {
                    int e = runs[2 * (r + 1) + 1];
                    String d = digitsOf(t, start, e);
                    if (NumberRecognizers.endsCleanly(t, e) && rrnShape(d)) {
                        // RRNs issued since October 2020 end in random digits: the date and sex digit alone are 0.5.
                        boolean checked = rrnChecked(d);
                        add(out, "KR_RRN", start, e, checked ? 0.8 : 0.5, checked ? "rrn-check" : null);
                    } else if (NumberRecognizers.endsCleanly(t, e) && frnShape(d)) {
                        boolean checked = frnChecked(d);
                        add(out, "KR_FRN", start, e, checked ? 0.8 : 0.5, checked ? "frn-check" : null);
                    }
                }
                if (len == 3 && grouped(t, runs, r, '-', 3, 2, 5)) {
                    int e = runs[2 * (r + 2) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && krBrn(digitsOf(t, start, e))) {
                        // The National Tax Service's own grouping and its check digit (one in ten passes).
                        add(out, "KR_BRN", start, e, 0.6, "brn-check");
                    }
                }
                if (len == 2) {
                    for (char sep : KR_LICENCE_SEPARATORS) {
                        if (grouped(t, runs, r, sep, 2, 2, 6, 2)) {
                            int e = runs[2 * (r + 3) + 1];
                            if (NumberRecognizers.endsCleanly(t, e) && krLicenceRegion(digitsOf(t, start, e))) {
                                add(out, "KR_DRIVER_LICENSE", start, e, 0.5, null);
                            }
                        }
                    }
                }
                if (len == 3 && (grouped(t, runs, r, ' ', 3, 3, 3) || grouped(t, runs, r, '-', 3, 3, 3))) {
                    int e = runs[2 * (r + 2) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && caSin(digitsOf(t, start, e))) {
                        // Service Canada's 3-3-3 grouping with the Luhn check (one grouped number in ten passes): 0.5.
                        add(out, "CA_SIN", start, e, 0.5, "luhn");
                    }
                }
                if ((len == 6 || len == 8) && r + 1 < count && NumberRecognizers.len(runs, r + 1) == 4
                        && runs[2 * r + 2] - end == 1 && (t.charAt(end) == '-' || t.charAt(end) == '+')) {
                    int e = runs[2 * r + 3];
                    String d = digitsOf(t, start, e);
                    if (NumberRecognizers.endsCleanly(t, e) && (len == 6 ? sePersonnummer(d) : sePersonnummerLong(d))) {
                        // The Skatteverket's hyphen (a plus from the 100th year) after a real date, and Luhn: 0.5. With the
                        // century, YYYYMMDD-NNNN is how date-stamped references are written (one in ten passes): 0.3 alone.
                        add(out, "SE_PERSONNUMMER", start, e, len == 6 ? 0.5 : BARE, "luhn");
                    }
                    if (len == 6 && t.charAt(end) == '-' && NumberRecognizers.endsCleanly(t, e) && dkCpr(d)) {
                        // "140689-3002": the CPR office's hyphen after a real DDMMYY, no check digit since 2007: 0.3 until
                        // "CPR" / "personnummer" (the same shape is a date-stamped reference's).
                        add(out, "DK_CPR", start, e, BARE, null);
                    }
                }
                if (len == 4 && (grouped(t, runs, r, '.', 4, 2, 3) || grouped(t, runs, r, ' ', 4, 2, 3))
                        || len == 3 && (grouped(t, runs, r, '.', 3, 3, 3) || grouped(t, runs, r, ' ', 3, 3, 3))) {
                    int e = runs[2 * (r + 2) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && nlBsn(digitsOf(t, start, e))) {
                        // "1234.56.782", "123.456.782", "123 456 782": how a BSN is printed and typed; the elfproef passes
                        // one grouped number in eleven, so, as the plain run, 0.3 until "bsn" / "burgerservicenummer".
                        add(out, "NL_BSN", start, e, BARE, "elfproef");
                    }
                }
                if (len == 2 && beGrouped(t, runs, r)) {
                    int e = runs[2 * (r + 4) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && beNationalNumber(digitsOf(t, start, e))) {
                        // Round 35: "92.04.11-158.17", as the Belgian identity card prints it: a date, the serial and the
                        // mod-97 check in their own dots and hyphen (one such group in a hundred passes): 0.85.
                        add(out, "BE_NATIONAL_NUMBER", start, e, 0.85, "be-mod97");
                    }
                }
                if (len == 3 && t.startsWith("756", start)) {
                    for (char sep : new char[] {'.', ' '}) {
                        if (grouped(t, runs, r, sep, 3, 4, 4, 2)) {
                            int e = runs[2 * (r + 3) + 1];
                            if (NumberRecognizers.endsCleanly(t, e) && chAhv(digitsOf(t, start, e))) {
                                // Round 45: "756.1234.5678.97", as the Swiss insurance card prints it (blanks as typed): the
                                // country code, the grouping and the EAN-13 digit (one such group in ten passes): 0.85 / 0.6.
                                add(out, "CH_AHV", start, e, sep == '.' ? 0.85 : 0.6, "ean13");
                            }
                        }
                    }
                }
                if (len == 4 && grouped(t, runs, r, ' ', 4, 6)) {
                    int e = runs[2 * (r + 1) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && atSvnr(digitsOf(t, start, e))) {
                        // Round 45: "1237 010180", as the e-card prints it: 0.3 until "SVNR" / "Sozialversicherungsnummer".
                        svnr(out, start, e, svnrWordBefore(scan.lower(), start));
                    }
                }
                if (len == 6 && grouped(t, runs, r, ' ', 6, 5)) {
                    int e = runs[2 * (r + 1) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && noFnr(digitsOf(t, start, e))) {
                        // Round 67: "DDMMYY NNNNN", the birth date apart from the personal number, as the fødselsnummer is
                        // commonly written: the date and both mod-11 digits, still 0.3 until "fødselsnummer" / "fnr".
                        add(out, "NO_FNR", start, e, BARE, "fnr-mod11");
                    }
                }
                int zaGroups = len != 6 ? 0 : grouped(t, runs, r, ' ', 6, 4, 3) || grouped(t, runs, r, '-', 6, 4, 3) ? 3
                        : grouped(t, runs, r, ' ', 6, 4, 2, 1) ? 4 : 0;
                if (zaGroups > 0) {
                    int e = runs[2 * (r + zaGroups - 1) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && zaId(digitsOf(t, start, e))) {
                        // Round 67: "YYMMDD SSSS CAZ" (or "… CA Z"): date, sequence, citizenship, the 8 / 9 and Luhn in
                        // their parts: as the plain run, 0.3 until "ID number" / "identity number".
                        add(out, "ZA_ID", start, e, BARE, "luhn");
                    }
                }
                if (len == 6 && r + 1 < count && NumberRecognizers.len(runs, r + 1) == 4 && runs[2 * r + 2] - end == 1
                        && t.charAt(end) == '/') {
                    int e = runs[2 * r + 3];
                    if (NumberRecognizers.endsCleanly(t, e) && !(Chars.at(t, e) == '/' && Chars.digit(Chars.at(t, e + 1)))
                            && czBirthNumber(digitsOf(t, start, e))) {
                        // Round 45: "856214/4206", the slash of the Czech and Slovak birth number (a date-stamped reference
                        // has the same shape; one in thirty passes): 0.3 until "rodné číslo" / "RČ" / "birth number".
                        add(out, "CZ_BIRTH_NUMBER", start, e, BARE, "mod11");
                    }
                }
                if (len == 3 && cpfGrouped(t, runs, r)) {
                    int e = runs[2 * (r + 3) + 1];
                    if (NumberRecognizers.endsCleanly(t, e) && brCpf(digitsOf(t, start, e))) {
                        // "123.456.789-09": the Receita Federal's dots and hyphen and two check digits (one in a hundred).
                        add(out, "BR_CPF", start, e, 0.85, "cpf-mod11");
                    }
                }
                if ((len == 1 || len == 6 || len == 15) && (t.charAt(start) == '1' || t.charAt(start) == '2')) {
                    int e = nir(t, start);
                    if (e > 0 && NumberRecognizers.endsCleanly(t, e) && !(Chars.at(t, e) == ' ' && Chars.digit(Chars.at(t, e + 1)))) {
                        // Written in its groups or with Corsica's letters it is the NIR's own shape; fifteen plain digits
                        // are a plain run (a key passes one in 97, sex digit and month narrow it further): 0.3 without a word.
                        add(out, "FR_NIR", start, e, len == 15 ? BARE : len == 1 ? 0.85 : 0.7, "nir-mod97");
                    }
                }
            }
        }

        /** Runs r..r+4 are 2, 2, 2, 3 and 2 digits joined by '.', '.', '-', '.' ("92.04.11-158.17"), not inside a longer chain. */
        private static boolean beGrouped(String t, int[] runs, int r) {
            int count = runs.length / 2;
            if (r + 5 > count || NumberRecognizers.len(runs, r + 1) != 2 || NumberRecognizers.len(runs, r + 2) != 2
                    || NumberRecognizers.len(runs, r + 3) != 3 || NumberRecognizers.len(runs, r + 4) != 2) {
                return false;
            }
            return NumberRecognizers.gapIs(t, runs, r, '.') && NumberRecognizers.gapIs(t, runs, r + 1, '.')
                    && NumberRecognizers.gapIs(t, runs, r + 2, '-') && NumberRecognizers.gapIs(t, runs, r + 3, '.')
                    && !(Chars.at(t, runs[2 * r] - 1) == '.') && !(Chars.at(t, runs[2 * (r + 4) + 1]) == '.'
                    && Chars.digit(Chars.at(t, runs[2 * (r + 4) + 1] + 1)));
        }

        /** Runs r..r+3 are 3, 3, 3 and 2 digits joined by '.', '.', '-' ("123.456.789-09"), not inside a longer chain. */
        private static boolean cpfGrouped(String t, int[] runs, int r) {
            int count = runs.length / 2;
            if (r + 4 > count || NumberRecognizers.len(runs, r + 1) != 3 || NumberRecognizers.len(runs, r + 2) != 3
                    || NumberRecognizers.len(runs, r + 3) != 2) {
                return false;
            }
            return NumberRecognizers.gapIs(t, runs, r, '.') && NumberRecognizers.gapIs(t, runs, r + 1, '.')
                    && NumberRecognizers.gapIs(t, runs, r + 2, '-') && !(Chars.at(t, runs[2 * r] - 1) == '.');
        }

        /** A context word's score: what the default context lift gives a bare run (0.3 + 0.35). */
        private static final double LABELLED = 0.65;

        /**
         * Round 45: "Sozialversicherungsnummer" within 48 characters before {@code start}. The context index reads words of
         * at most 24 characters, and this one has 25, so the recogniser looks for it itself (the same window as the
         * context rule). Reads at most 48 characters: linear in the digit runs.
         */
        static boolean svnrWordBefore(String lower, int start) {
            return lower.substring(Math.max(0, start - 48), start).contains(SVNR_WORD);
        }

        /**
         * An Austrian social-security number; with "Sozialversicherungsnummer" before it ({@link #svnrWordBefore}), that
         * word is its context word (round 67): the context index does not see a word that long, and without a context
         * word a phone reading of the same digits outscored the number its own label names.
         */
        private void svnr(List<Candidate> out, int start, int end, boolean labelled) {
            Candidate c = new Candidate("AT_SVNR", start, end, labelled ? LABELLED : BARE, this, "svnr-mod11");
            out.add(labelled ? c.withContext(SVNR_WORD) : c);
        }

        private static final String SVNR_WORD = "sozialversicherungsnummer";

        /**
         * One plain run of 9–13 digits: every type whose length and check digit it has; {@code svnrWord}: the run has
         * {@link #svnrWordBefore}.
         */
        private void bare(String d, int start, int end, List<Candidate> out, boolean svnrWord) {
            switch (d.length()) {
                case 9 -> {
                    if (acn(d)) {
                        add(out, "AU_ACN", start, end, BARE, "acn-check");
                    }
                    if (tfn(d)) {
                        add(out, "AU_TFN", start, end, BARE, "tfn-mod11");
                    }
                    if (caSin(d)) {
                        add(out, "CA_SIN", start, end, BARE, "luhn");
                    }
                    if (nlBsn(d)) {
                        add(out, "NL_BSN", start, end, BARE, "elfproef");
                    }
                    if (ptNif(d)) {
                        add(out, "PT_NIF", start, end, BARE, "nif-mod11");
                    }
                }
                case 10 -> {
                    if (sePersonnummer(d)) {
                        add(out, "SE_PERSONNUMMER", start, end, BARE, "luhn");
                    }
                    if (medicare(d)) {
                        add(out, "AU_MEDICARE", start, end, BARE, "medicare-check");
                    }
                    if (krBrn(d)) {
                        add(out, "KR_BRN", start, end, BARE, "brn-check");
                    }
                    if (dkCpr(d)) {
                        // A date and four digits, no check: seen at threshold 0 until "CPR" / "personnummer" lifts it to 0.4.
                        add(out, "DK_CPR", start, end, ScannerRecognizer.WITHOUT_CONTEXT, null);
                    }
                    if (atSvnr(d)) {
                        svnr(out, start, end, svnrWord);
                    }
                    if (czBirthNumber(d)) {
                        add(out, "CZ_BIRTH_NUMBER", start, end, BARE, "mod11");
                    }
                }
                case 11 -> {
                    // ABN's mod 89 and the partita IVA's office code + Luhn each pass about one random 11-digit number in a
                    // hundred, together one order number in forty: bare, both need their word (the grouped ABN does not).
                    if (abn(d)) {
                        add(out, "AU_ABN", start, end, BARE, "abn-mod89");
                    }
                    if (pesel(d)) {
                        // Round 44: with a birth date that exists (1900–1999, or 2000 to this year) the check passes about
                        // one 11-digit number in two hundred: reported at the default threshold, "PESEL" lifts it further.
                        // A run that also passes a check at least as selective of another 11-digit type (ABN's mod 89,
                        // two check digits of the CPF, the FNR or the Turkish id, the Belgian mod 97 with its date) is
                        // evidence of neither and stays bare; the single check digit of the partita IVA or the German
                        // tax id (one number in ten of their shape) does not weigh against the PESEL's date and check.
                        boolean alone = !abn(d) && !brCpf(d) && !noFnr(d) && !trId(d) && !beNationalNumber(d);
                        add(out, "PL_PESEL", start, end, alone && peselBirthDate(d) ? PESEL_DATED : BARE, "pesel-check");
                    }
                    if (itVat(d)) {
                        add(out, "IT_VAT_CODE", start, end, BARE, "luhn");
                    }
                    if (brCpf(d)) {
                        add(out, "BR_CPF", start, end, BARE, "cpf-mod11");
                    }
                    if (deTaxId(d)) {
                        add(out, "DE_TAX_ID", start, end, BARE, "iso7064-mod11-10");
                    }
                    if (noFnr(d)) {
                        add(out, "NO_FNR", start, end, BARE, "fnr-mod11");
                    }
                    if (trId(d)) {
                        add(out, "TR_NATIONAL_ID", start, end, BARE, "tckn-check");
                    }
                    if (beNationalNumber(d)) {
                        // Round 35: a plain run, one in a hundred passes: "rijksregisternummer", "numéro national" lift it.
                        add(out, "BE_NATIONAL_NUMBER", start, end, BARE, "be-mod97");
                    }
                }
                case 12 -> {
                    if (sePersonnummerLong(d)) {
                        add(out, "SE_PERSONNUMMER", start, end, BARE, "luhn");
                    }
                    if (aadhaar(d)) {
                        add(out, "IN_AADHAAR", start, end, BARE, "verhoeff");
                    }
                    if (krLicenceRegion(d)) {
                        // One 12-digit number in six begins with a regional office: the shape alone, seen at threshold 0.
                        add(out, "KR_DRIVER_LICENSE", start, end, ScannerRecognizer.WITHOUT_CONTEXT, null);
                    }
                }
                case 13 -> {
                    if (rrnShape(d)) {
                        boolean checked = rrnChecked(d);
                        // Reference numbers are often date-stamped too: a bare run, checked or not, needs "RRN" or "resident registration".
                        add(out, "KR_RRN", start, end, BARE, checked ? "rrn-check" : null);
                    }
                    if (frnShape(d)) {
                        boolean checked = frnChecked(d);
                        add(out, "KR_FRN", start, end, BARE, checked ? "frn-check" : null);
                    }
                    if (chAhv(d)) {
                        // Round 45: the AHV number as a plain run: 0.3 until "AHV" / "AVS" / "Sozialversicherungsnummer".
                        add(out, "CH_AHV", start, end, BARE, "ean13");
                    }
                    if (tnin(d)) {
                        // Province digits pass most numbers, the check one in eleven: a bare run needs "Thai ID", "TNIN".
                        add(out, "TH_TNIN", start, end, BARE, "tnin-mod11");
                    }
                    if (zaId(d)) {
                        // Date, citizenship digit, the 8 / 9 and Luhn (one in 4,500): still a run, "ID number" lifts it.
                        add(out, "ZA_ID", start, end, BARE, "luhn");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** The PPS check letters by remainder: 0 is W, 1 A, 2 B ... 22 V; a second letter counts as its place here. */
    private static final String PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

    /**
     * Irish PPS number: 7 digits, a check letter, and perhaps a second letter (A or B since 2013, H, T, or W in older
     * numbers); check = (weights 8..2 on the digits + 9 × the second letter's value) mod 23.
     */
    static boolean pps(String v) {
        int n = v.length();
        if (n != 8 && n != 9 || !Chars.allDigits(v, 0, 7) || PPS_LETTERS.indexOf(v.charAt(7)) < 0) {
            return false;
        }
        int sum = weighted(v, 8, 7, 6, 5, 4, 3, 2);
        if (n == 9) {
            char second = v.charAt(8);
            if ("ABHTW".indexOf(second) < 0) {
                return false;
            }
            sum += 9 * PPS_LETTERS.indexOf(second);
        }
        return PPS_LETTERS.charAt(sum % 23) == v.charAt(7);
    }

    /** Spanish DNI/NIF: 8 digits (7 when the leading zero is left out) and the letter of the number mod 23. */
    static boolean nif(String digits, char letter) {
        return (digits.length() == 8 || digits.length() == 7) && NIF_LETTERS.charAt(Integer.parseInt(digits) % 23) == letter;
    }

    /** Spanish NIE: X, Y or Z (read as 0, 1, 2), 7 digits, the letter of that 8-digit number mod 23. */
    static boolean nie(char first, String digits, char letter) {
        return digits.length() == 7 && nif((first - 'X') + digits, letter);
    }

    private static final String FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /** Finnish henkilötunnus: DDMMYY, a century sign, 3 digits, the check character of the 9 digits mod 31; a real date. */
    static boolean finnish(String v) {
        if (v.length() != 11 || !Chars.allDigits(v, 0, 6) || !Chars.allDigits(v, 7, 10)) {
            return false;
        }
        char sign = v.charAt(6);
        int century = sign == '+' ? 1800 : "-YXWVU".indexOf(sign) >= 0 ? 1900 : "ABCDEF".indexOf(sign) >= 0 ? 2000 : -1;
        if (century < 0) {
            return false;
        }
        int day = Integer.parseInt(v.substring(0, 2));
        int month = Integer.parseInt(v.substring(2, 4));
        int year = century + Integer.parseInt(v.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        int n = Integer.parseInt(v.substring(0, 6) + v.substring(7, 10));
        return FI_CHECK.charAt(n % 31) == v.charAt(10);
    }

    /** Singapore NRIC / FIN: S, T, F, G (M: no published check) + 7 digits + the check letter. */
    static boolean nricChecked(String v) {
        char p = v.charAt(0);
        int sum = weighted(v.substring(1), 2, 7, 6, 5, 4, 3, 2) + (p == 'T' || p == 'G' ? 4 : 0);
        String table = p == 'S' || p == 'T' ? "JZIHGFEDCBA" : p == 'F' || p == 'G' ? "XWUTRQPNMLK" : null;
        return table != null && table.charAt(sum % 11) == v.charAt(8);
    }

    private static final java.util.Set<String> UEN_ENTITY_TYPES = java.util.Set.of("LP", "LL", "FC", "PF", "RF", "MQ", "MM", "NB",
            "CC", "CS", "MB", "FM", "GS", "DP", "CP", "NR", "CM", "CD", "MD", "HS", "VH", "CH", "MH", "CL", "XL", "CX", "HC", "RP",
            "TU", "TC", "FB", "FN", "PA", "PB", "SS", "MC", "SM", "GA", "GB");
    private static final String UEN_C = "ABCDEFGHJKLMNPQRSTUVWX0123456789";

    /** Singapore UEN, ACRA's three formats: businesses (8 digits), local companies (year + 5 digits), others (T/S/R..). */
    static boolean uen(String v) {
        int n = v.length();
        char check = v.charAt(n - 1);
        if (n == 9 && Chars.allDigits(v, 0, 8)) {
            return "XMKECAWLJDB".charAt(weighted(v, 10, 4, 9, 3, 8, 2, 7, 1) % 11) == check;
        }
        if (n == 10 && Chars.allDigits(v, 0, 9)) {
            int year = Integer.parseInt(v.substring(0, 4));
            return year >= 1800 && year <= java.time.Year.now().getValue()
                    && "ZKCMDNERGWH".charAt(weighted(v, 10, 8, 6, 4, 9, 7, 5, 3, 1) % 11) == check;
        }
        if (n == 10 && "TSR".indexOf(v.charAt(0)) >= 0 && Chars.allDigits(v, 1, 3) && UEN_ENTITY_TYPES.contains(v.substring(3, 5))
                && Chars.allDigits(v, 5, 9)) {
            int[] w = {4, 3, 5, 3, 10, 2, 2, 5, 7};
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += UEN_C.indexOf(v.charAt(i)) * w[i];
            }
            return UEN_C.charAt(Math.floorMod(sum - 5, 11)) == check;
        }
        return false;
    }

    private static final String OMOCODE = "LMNPQRSTUV";
    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    /** A digit of the Italian fiscal code, or a letter standing for one (omocodia: L=0 ... V=9); -1 otherwise. */
    private static int cfDigit(char c) {
        return Chars.digit(c) ? c - '0' : OMOCODE.indexOf(c);
    }

    /** Italian codice fiscale shape: 6 letters, year, month letter, day (+40 for women), a place (letter + 3), check letter. */
    static boolean fiscalShape(String v) {
        if (v.length() != 16) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Chars.upper(v.charAt(i))) {
                return false;
            }
        }
        int[] num = {6, 7, 9, 10, 12, 13, 14};
        for (int i : num) {
            if (cfDigit(v.charAt(i)) < 0) {
                return false;
            }
        }
        int day = cfDigit(v.charAt(9)) * 10 + cfDigit(v.charAt(10));
        return "ABCDEHLMPRST".indexOf(v.charAt(8)) >= 0 && (day >= 1 && day <= 31 || day >= 41 && day <= 71)
                && Chars.upper(v.charAt(11)) && Chars.upper(v.charAt(15));
    }

    /** The codice fiscale's check letter: odd positions by the official table, even ones by value, mod 26. */
    static boolean fiscalChecked(String v) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            int value = Chars.digit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? CF_ODD[Chars.digit(c) ? c - '0' : c - 'A'] : value;
        }
        return v.charAt(15) == (char) ('A' + sum % 26);
    }

    /** Indian PAN: 5 letters (the 4th the holder's kind: P person, C company, H, F, A, T, B, L, J, G), 4 digits, a letter. */
    static int panShape(String v) {
        if (v.length() != 10 || !Chars.allDigits(v, 5, 9) || !Chars.upper(v.charAt(9))) {
            return 0;
        }
        for (int i = 0; i < 5; i++) {
            if (!Chars.upper(v.charAt(i))) {
                return 0;
            }
        }
        return "ABCFGHLJPT".indexOf(v.charAt(3)) >= 0 ? 2 : 1;
    }

    private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /**
     * Indian GSTIN: a GST state code (01–38, 97 other territory, 99 centre), the holder's PAN (5 capitals, 4 digits, a
     * capital), the registration's number in that state (1–9, then A–Z), Z, a check character.
     */
    static boolean gstinShape(String v) {
        if (v.length() != 15 || !Chars.allDigits(v, 0, 2) || v.charAt(13) != 'Z' || v.charAt(12) == '0') {
            return false;
        }
        int state = digit(v, 0) * 10 + digit(v, 1);
        return (state >= 1 && state <= 38 || state == 97 || state == 99) && panShape(v.substring(2, 12)) > 0
                && BASE36.indexOf(v.charAt(12)) > 0 && BASE36.indexOf(v.charAt(14)) >= 0;
    }

    /** The GSTIN check character: base-36 values times 1, 2, 1, 2 ..., each product's quotient and remainder by 36 summed. */
    static boolean gstinChecked(String v) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int p = BASE36.indexOf(v.charAt(i)) * (i % 2 == 0 ? 1 : 2);
            sum += p / 36 + p % 36;
        }
        return BASE36.charAt((36 - sum % 36) % 36) == v.charAt(14);
    }

    /** The identifiers written as one code of capitals and digits. */
    static final class Codes extends ScannerRecognizer {

        Codes() {
            super("NationalCodeRecognizer", "national-check-characters", CODE_TYPES.toArray(String[]::new));
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
            if (n > 11) {
                glued(t, e, out);
            }
            if (n == 18 && !Chars.word(Chars.at(t, s - 1)) && !Chars.word(Chars.at(t, e)) && curpShape(t.substring(s, e))) {
                // Four letters, a date, the sex, a state and three consonants are specific alone; the check digit confirms.
                boolean checked = curpChecked(t.substring(s, e));
                add(out, "MX_CURP", s, e, checked ? 0.85 : 0.5, checked ? "curp-check" : null);
                return;
            }
            if (n < 6 || n > 16) {
                return;
            }
            boolean cleanEnd = !Chars.word(Chars.at(t, e));
            if (Chars.word(Chars.at(t, s - 1))) {
                return;
            }
            String v = t.substring(s, e);
            char last = v.charAt(n - 1);
            // "12345678-Z", "X1234567-L": the letter after a hyphen.
            char after = Chars.at(t, e + 1);
            boolean hyphenLetter = Chars.at(t, e) == '-' && Chars.upper(after) && !Chars.word(Chars.at(t, e + 2));
            if (Chars.allDigits(v, 0, n)) {
                if (hyphenLetter && nif(v, after)) {
                    add(out, "ES_NIF", s, e + 2, 0.7, "nif-mod23");
                }
                // "Y-2837461-B": the NIE's prefix letter set off by a hyphen as well.
                char prefix = Chars.at(t, s - 2);
                if (hyphenLetter && n == 7 && Chars.at(t, s - 1) == '-' && "XYZ".indexOf(prefix) >= 0 && prefix != 0
                        && !Chars.word(Chars.at(t, s - 3)) && nie(prefix, v, after)) {
                    add(out, "ES_NIE", s - 2, e + 2, 0.7, "nie-mod23");
                }
                // "010594-123A": the Finnish code with its hyphen or plus century sign.
                char sign = Chars.at(t, e);
                if (n == 6 && (sign == '-' || sign == '+')) {
                    int end = e + 5;
                    if (end <= t.length() && !Chars.word(Chars.at(t, end)) && finnish(v + t.substring(e, end))) {
                        add(out, "FI_PERSONAL_IDENTITY_CODE", s, end, 0.8, "hetu-mod31");
                    }
                }
                return;
            }
            if (!cleanEnd) {
                return;
            }
            if (hyphenLetter && n == 8 && "XYZ".indexOf(v.charAt(0)) >= 0 && Chars.allDigits(v, 1, 8) && nie(v.charAt(0), v.substring(1), after)) {
                add(out, "ES_NIE", s, e + 2, 0.7, "nie-mod23");
                return;
            }
            if (n == 11 && finnish(v)) {
                add(out, "FI_PERSONAL_IDENTITY_CODE", s, e, 0.8, "hetu-mod31");
                return;
            }
            if (n == 15 && gstinShape(v)) {
                // State code, a PAN and the Z in its place are specific on their own; the check character confirms.
                boolean checked = gstinChecked(v);
                add(out, "IN_GSTIN", s, e, checked ? 0.85 : 0.5, checked ? "gstin-check" : null);
                return;
            }
            if ((n == 8 || n == 9) && Chars.allDigits(v, 0, 7) && lowerTail(v) && pps(v.toUpperCase(java.util.Locale.ROOT))) {
                // "6382914m": typed in lower case the check letter still holds, but one run in 23 passes by chance: 0.3, its
                // word ("pps", "ppsn") reports it.
                add(out, "IE_PPS", s, e, BARE, "pps-mod23");
                return;
            }
            if (n == 16 && Chars.asciiLetter(v.charAt(0)) && last >= 'a' && last <= 'z' && lowerFiscal(v)) {
                // Round 35: "mrnlra92e52f205j", typed in lower case: the shape with its check letter, as the capitals.
                add(out, "IT_FISCAL_CODE", s, e, 0.8, "cf-check");
                return;
            }
            if (!Chars.upper(last)) {
                return;
            }
            if ((n == 8 || n == 9) && Chars.allDigits(v, 0, 7) && pps(v)) {
                add(out, "IE_PPS", s, e, 0.7, "pps-mod23");
            }
            if ((n == 8 || n == 9) && Chars.allDigits(v, 0, n - 1) && nif(v.substring(0, n - 1), last)) {
                add(out, "ES_NIF", s, e, 0.7, "nif-mod23");
            }
            if (n == 9 && "XYZ".indexOf(v.charAt(0)) >= 0 && Chars.allDigits(v, 1, 8) && nie(v.charAt(0), v.substring(1, 8), last)) {
                add(out, "ES_NIE", s, e, 0.7, "nie-mod23");
            }
            if (n == 9 && Chars.upper(v.charAt(0)) && Chars.allDigits(v, 1, 8)) {
                if (v.charAt(0) == 'M') {
                    // The M series (FINs since 2022) has no published check letter: the shape, as Presidio's medium pattern.
                    add(out, "SG_NRIC_FIN", s, e, 0.5, null);
                } else if ("STFG".indexOf(v.charAt(0)) >= 0) {
                    // A wrong check letter is a typo or no NRIC: 0.3, a context word ("NRIC", "FIN") reports it.
                    boolean checked = nricChecked(v);
                    add(out, "SG_NRIC_FIN", s, e, checked ? 0.8 : BARE, checked ? "nric-check" : null);
                } else {
                    // Another prefix letter: the shape only, seen at threshold 0 (as Presidio's weak pattern).
                    add(out, "SG_NRIC_FIN", s, e, ScannerRecognizer.WITHOUT_CONTEXT, null);
                }
            }
            if ((n == 9 || n == 10) && uen(v)) {
                add(out, "SG_UEN", s, e, 0.6, "uen-check");
            }
            int pan = panShape(v);
            if (pan > 0) {
                add(out, "IN_PAN", s, e, pan == 2 ? 0.5 : 0.1, null);
            }
            if (fiscalShape(v)) {
                boolean checked = fiscalChecked(v);
                add(out, "IT_FISCAL_CODE", s, e, checked ? 0.8 : BARE, checked ? "cf-check" : null);
            }
        }

        /** A code of lower-case ASCII letters and digits only that, in capitals, is a codice fiscale with its check letter. */
        private static boolean lowerFiscal(String v) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (!(c >= 'a' && c <= 'z' || Chars.digit(c))) {
                    return false;
                }
            }
            String upper = v.toUpperCase(java.util.Locale.ROOT);
            return fiscalShape(upper) && fiscalChecked(upper);
        }

        /** The letters after the PPS number's seven digits are all lower-case ASCII. */
        private static boolean lowerTail(String v) {
            for (int i = 7; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < 'a' || c > 'z') {
                    return false;
                }
            }
            return true;
        }

        /**
         * "...code is010594Y9032": a Finnish code written against the word before it. The code begins with digits (a date),
         * so where a longer run ends in one, it is its last 11 characters after a letter.
         */
        private void glued(String t, int e, List<Candidate> out) {
            int start = e - 11;
            if (Chars.word(Chars.at(t, e)) || !Chars.asciiLetter(t.charAt(start - 1))) {
                return;
            }
            String v = t.substring(start, e);
            if (finnish(v)) {
                add(out, "FI_PERSONAL_IDENTITY_CODE", start, e, 0.8, "hetu-mod31");
            }
        }
    }
}
