package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes: the UK and Canadian shapes are distinctive enough alone; a US ZIP counts after a state code
 * ("CA 94105") or near "zip"/"postcode"; other national shapes only near such words.
 */
final class ZipCodeRecognizer implements Recognizer {

    private static final Pattern UK = Pattern.compile("\\b(?:GIR ?0AA|[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y]) ?\\d[ABD-HJLNP-UW-Z]{2})\\b");
    private static final Pattern CANADA = Pattern.compile("\\b[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d\\b");
    private static final Pattern US_AFTER_STATE = Pattern.compile("\\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|AA|AE|AP),?\\s+(\\d{5}(?:-\\d{4})?)\\b");
    private static final Pattern GENERIC = Pattern.compile("(?<![\\d\\-.,$€£])(?:\\d{5}(?:-\\d{3,4})?|\\d{4} ?[A-Z]{2}|\\d{3} \\d{2}|\\d{3,4})(?![\\d%]|[.,\\-]\\d)");

    @Override
    public String name() {
        return "ZipCodeRecognizer";
    }

    @Override
    public Set<String> types() {
        return Set.of("ZIP_CODE");
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String t = scan.text();
        find(UK, t, 0, 0.6, false, out);
        find(CANADA, t, 0, 0.6, false, out);
        if (!scan.hasDigit()) {
            return;
        }
        find(US_AFTER_STATE, t, 1, 0.7, false, out);
        Matcher m = GENERIC.matcher(t);
        while (m.find()) {
            double base = m.group().length() >= 5 ? 0.3 : 0.15;
            out.add(new Candidate("ZIP_CODE", m.start(), m.end(), base, this, null, true));
        }
    }

    private void find(Pattern p, String t, int group, double score, boolean requiresContext, List<Candidate> out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(new Candidate("ZIP_CODE", m.start(group), m.end(group), score, this, null, requiresContext));
        }
    }
}
