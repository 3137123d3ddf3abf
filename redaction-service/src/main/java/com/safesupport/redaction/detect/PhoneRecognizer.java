package com.safesupport.redaction.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers: a permissive shape finds digit groups (spaces, dots, dashes, slashes and brackets between
 * them, so split-up numbers are caught), Google libphonenumber decides. International numbers must be valid;
 * national ones are tried against the configured regions: valid → high score, merely possible → low score
 * that context ("call", "phone") can lift.
 */
public final class PhoneRecognizer implements Recognizer {

    private static final Pattern SHAPE = Pattern.compile(
            "(?<![\\w+.\\-/:])(?:\\+ ?|00)?(?:\\(\\d{1,5}\\)|\\d{1,5})(?:[ .\\-/]{0,2}(?:\\(\\d{1,5}\\)|\\d{1,6})){1,7}(?:(?=x\\d)|(?![\\w:]))(?!\\.\\d)");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}|\\d{1,2}[./-]\\d{4}|\\d{4}[./-]\\d{1,2}");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(?<![\\d.])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\d]|\\.\\d)");
    private static final Pattern EXTENSION = Pattern.compile("\\G ?(?:x|ext\\.?|extension) ?\\d{1,6}(?![\\w])", Pattern.CASE_INSENSITIVE);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> regions;

    public PhoneRecognizer(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

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

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!scan.hasDigit()) {
            return;
        }
        Matcher m = SHAPE.matcher(scan.text());
        while (m.find()) {
            String value = m.group();
            double score = accept(value);
            int end = value.length();
            if (score <= 0) {
                // "+44 20 7946 0958 192.168.0.1": a number followed by an IP address in one run of digit groups.
                Matcher quad = DOTTED_QUAD.matcher(value);
                if (quad.find() && quad.start() > 0) {
                    end = quad.start();
                    while (end > 0 && !Character.isDigit(value.charAt(end - 1)) && value.charAt(end - 1) != ')') {
                        end--;
                    }
                    score = accept(value.substring(0, end));
                } else {
                    // "+44 20 7946 0958 536-22-1234": two numbers in a row; keep the longest prefix, cut at a blank,
                    // that libphonenumber calls valid.
                    for (end = value.lastIndexOf(' '); end > 0; end = value.lastIndexOf(' ', end - 1)) {
                        int cut = end;
                        while (cut > 0 && value.charAt(cut - 1) == ' ') {
                            cut--;
                        }
                        score = accept(value.substring(0, cut));
                        if (score >= 0.75) {
                            end = cut;
                            break;
                        }
                        score = -1;
                    }
                }
            }
            if (score > 0) {
                int stop = m.start() + end;
                // "345-899-3560x4587": the extension belongs to the number.
                Matcher ext = EXTENSION.matcher(scan.text());
                if (end == value.length() && ext.find(stop)) {
                    stop = ext.end();
                }
                out.add(new Candidate("PHONE_NUMBER", m.start(), stop, score, this, "libphonenumber"));
            }
        }
    }

    private double accept(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits++;
            }
        }
        if (digits < 7 || digits > 15) {
            return -1;
        }
        if (DATE_LIKE.matcher(value).matches() || DOTTED_QUAD.matcher(value).find()) {
            return -1;
        }
        return score(value, digits);
    }

    private double score(String value, int digits) {
        boolean international = value.startsWith("+") || value.startsWith("00");
        boolean grouped = value.indexOf(' ') > 0 || value.indexOf('-') > 0 || value.indexOf('(') >= 0 || value.indexOf('.') > 0;
        try {
            if (international) {
                Phonenumber.PhoneNumber n = util.parse(value.startsWith("00") ? "+" + value.substring(2) : value, "ZZ");
                if (util.isValidNumber(n)) {
                    return 0.9;
                }
                return util.isPossibleNumber(n) ? 0.3 : -1;
            }
            boolean possible = false;
            for (String region : regions) {
                Phonenumber.PhoneNumber n = util.parse(value, region);
                if (util.isValidNumberForRegion(n, region)) {
                    return grouped ? 0.75 : 0.35;
                }
                possible |= util.isPossibleNumber(n);
            }
            if (possible) {
                return grouped ? 0.35 : 0.25;
            }
            // Not a number of any configured region, but shaped like one: only context can make it a phone number.
            return grouped && digits <= 12 ? 0.3 : 0.1;
        } catch (NumberParseException e) {
            return -1;
        }
    }
}
