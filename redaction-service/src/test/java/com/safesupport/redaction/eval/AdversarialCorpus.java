package com.safesupport.redaction.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile texts for the detection engine: the shapes that make backtracking regular expressions or
 * per-candidate rescans blow up. Each entry builds a text of (about) the requested length in characters
 * by repeating a unit, so the same shape can be timed at 2 kB and at 64 kB (linear time means the 64 kB
 * text takes about 32 times as long as the 2 kB one).
 */
public final class AdversarialCorpus {

    private AdversarialCorpus() {
    }

    /** Name → repeated unit. Deterministic, so runs compare. */
    public static Map<String, String> units() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("digit runs of 49, spaces", "1234567890123456789012345678901234567890123456789 ");
        m.put("digits, space-separated", "1 ");
        m.put("digits, hyphen-separated", "12-");
        m.put("digits, dot-separated", "1.");
        m.put("digits, slash-separated", "12/");
        m.put("digits, bracketed groups", "(12) ");
        m.put("digits, plus and zeros", "+00 ");
        m.put("digits, mixed separators", "1-2.3/4 (5) ");
        m.put("card-like near-miss (bad Luhn)", "4111 1111 1111 1112 ");
        m.put("phone-like near-miss", "+44 20 7946 095 ");
        m.put("colon chains (IPv6 / time)", "1:");
        m.put("hex colon chains", "fe80:");
        m.put("dotted quads glued", "192.168.1.");
        m.put("hyphenated capitalised words", "Foo-Bar-");
        m.put("capitalised word chains", "Maria Anna ");
        m.put("street-like chains", "12 Baker Main Street Road ");
        m.put("dot chains", "a.");
        m.put("space chains", " ");
        m.put("nested round brackets", "((");
        m.put("nested mixed brackets", "([{<");
        m.put("e-mail near-miss (no TLD)", "john.smith@example ");
        m.put("at-sign chains", "a@");
        m.put("spelled-out e-mail near-miss", "jane dot doe at ");
        m.put("url-like chains", "http://a/");
        m.put("www chains", "www.a.");
        m.put("keyword chains (password)", "password ");
        m.put("month and number chains", "May 5 ");
        m.put("tag-like chains", "<PERSON_1");
        m.put("base64-like run", "AbC1+/");
        m.put("Unicode confusables (full-width digits)", "４１１１ ");
        m.put("Unicode confusables (Cyrillic in e-mail)", "jоhn@ехаmple.com ");
        m.put("zero-width characters between digits", "4\u200B1\u200D");
        m.put("bidi and soft hyphens", "5\u202E3\u00AD6-");
        m.put("emoji and surrogates", "\uD83D\uDE00 1 ");
        m.put("routing-number groups XXXX-YYYY-C", "0260-0959-3 ");
        m.put("lower-case NINO-like chains", "ab 12 34 56 c ");
        m.put("SSN odd groupings 3-6 and 5-4", "431-762094 43176-2094 ");
        m.put("months after prepositions", "in May since June ");
        m.put("national numbers grouped (ABN, Medicare, Aadhaar, RRN)", "51 824 753 556 2123 45670 1 3123-4567-8909 960121-1234567 ");
        m.put("national codes and near-misses (NIF, NIE, hetu, NRIC)", "12345678-Z X1234567-L 010594Y903 S1234567D ");
        m.put("Finnish-code-like chains glued to letters", "a010594Y9032");
        m.put("fiscal-code-like chains", "AAAAAA00B11C333Y");
        m.put("document shapes (EPIC, passports, patente, CIE)", "ABC1234567 A1234567 AB1234567C 1234567AB AB12345CD ");
        m.put("identity-card and passport blanks", "ab 1234567 A12 34567 ");
        m.put("Korean passports and grouped numbers (FRN, BRN, licence)", "M123A4567 880317-6417255 937-15-04828 14-19-482716-53 ");
        m.put("GSTIN-like chains", "27ABCDE1234F1Z5 ");
        m.put("vehicle-plate-like chains", "KA12AB1234 22BH1234AB 12CD345 21B123456C I12345 ");
        m.put("MAC-like hex pair and quartet chains (colon, hyphen, dot, mixed)", "3c:5a:b4:07:e1:9d:3c-5a-b4-07-e1-9d-3c5a.b407.e19d.");
        m.put("hex pairs and separators, alternating", "3c:5a-");
        return m;
    }

    /** The unit repeated to at least {@code length} characters. */
    public static String build(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        return b.toString();
    }
}
