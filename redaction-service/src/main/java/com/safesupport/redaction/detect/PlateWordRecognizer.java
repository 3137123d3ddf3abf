package com.safesupport.redaction.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.List;
import java.util.Set;

/**
 * Round 35: a registration plate of any European country written after its word — "Kenteken van mijn auto: 82-KTP-4",
 * "Mein Kennzeichen ist M-AB 2841", "immatriculation GE-482-KT", "matrícula 4829 KTR". The formats differ by country
 * and by decade, so the plate is read by its general shape only: two or three groups of capitals (one to three) and
 * digits (one to four) joined by a hyphen or a blank, with letters and digits both, at most 24 characters of the same
 * clause after the word. Without the word such a group is a product code or a postcode, so nothing is reported.
 * RE2/J matches in linear time; the word and the filler are bounded.
 */
final class PlateWordRecognizer implements Recognizer {

    static final Pattern PLATE = Pattern.compile("(?i:\\b(?:kenteken|kennzeichen|autokennzeichen|nummernschild|immatriculation"
            + "|plaque d'immatriculation|matr[íi]cula|targa|licen[cs]e plate|number plate|numberplate|plate number|registration plate))"
            + "[^\\n.;!?]{0,24}?[\\s:]((?:[A-Z]{1,3}|[0-9]{1,4})(?:[- ](?:[A-Z]{1,3}|[0-9]{1,4})){1,2})");

    @Override
    public String name() {
        return "PlateWordRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("VEHICLE_REGISTRATION");
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        // Exact gates in front of the pattern (round 38; it ran over every text, ~15 % of the engine's CPU per text):
        // a reported group holds a digit, and the plate word holds one of PLATE_WORDS (see mayHoldPlateWord).
        if (!scan.hasDigit() || !mayHoldPlateWord(scan.lower())) {
            return;
        }
        String t = scan.text();
        Matcher m = PLATE.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int s = m.start(1);
            int e = m.end(1);
            from = m.end();
            if (!Chars.word(Chars.at(t, e)) && !Chars.word(Chars.at(t, s - 1)) && lettersAndDigits(t, s, e)) {
                out.add(new Candidate("VEHICLE_REGISTRATION", s, e, 0.6, this, null));
            }
        }
    }

    /** Every plate word of {@link #PLATE} contains one of these, in ASCII lower case ("immatriculation" and "matrícula" "matr"). */
    static final String[] PLATE_WORDS = {"plate", "kenteken", "kennzeichen", "nummernschild", "matr", "targa"};

    /**
     * False only when {@link #PLATE} cannot find a plate word in the text whose lower case ({@link Scan#lower}) is
     * {@code lower}: RE2/J's case-insensitive match of an ASCII letter accepts that letter in either case, 'K' also as
     * the Kelvin sign U+212A (which the lower case maps to 'k') and 's' also as the long s U+017F (which it keeps, so a
     * text holding one is always searched).
     */
    static boolean mayHoldPlateWord(String lower) {
        for (String w : PLATE_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return lower.indexOf('\u017F') >= 0;
    }

    /** The group holds a capital and a digit, four to nine of them in all. */
    private static boolean lettersAndDigits(String t, int s, int e) {
        int letters = 0;
        int digits = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Chars.digit(c)) {
                digits++;
            } else if (c >= 'A' && c <= 'Z') {
                letters++;
            }
        }
        return letters > 0 && digits > 0 && letters + digits >= 4 && letters + digits <= 9;
    }
}
