package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds recognisers from configuration: a pattern (RE2/J syntax, see {@link PatternRecognizer}), context words
 * and an optional validator. A pattern RE2/J cannot compile fails start-up with the recogniser's name.
 */
public final class CustomRecognizers {

    /** One configured recogniser, independent of the configuration API. */
    public record Definition(String name, String type, String pattern, double score, int group, List<String> context,
                             boolean requiresContext, String validator) {
    }

    private CustomRecognizers() {
    }

    public static List<Recognizer> build(List<Definition> definitions) {
        List<Recognizer> out = new ArrayList<>();
        for (Definition d : definitions) {
            PatternRecognizer.Builder b = PatternRecognizer.builder(d.name(), d.type().toUpperCase(Locale.ROOT))
                    .shape(d.pattern(), d.score(), d.group());
            if (d.requiresContext()) {
                b.requiresContext();
            }
            switch (d.validator().toLowerCase(Locale.ROOT)) {
                case "none" -> { }
                case "luhn" -> b.validator(Validator.of("luhn", v -> Checksums.luhn(Checksums.digits(v)), 0));
                case "mod97" -> b.validator(Validator.of("mod97", v -> Checksums.iban(compact(v).toUpperCase(Locale.ROOT)), 0));
                case "aba" -> b.validator(Validator.of("aba", v -> Checksums.aba(Checksums.digits(v)), 0));
                default -> throw new IllegalArgumentException("redaction.custom-recognizers." + d.name()
                        + ".validator must be none, luhn, mod97 or aba");
            }
            try {
                out.add(b.context(d.context()).build());
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw new IllegalArgumentException("redaction.custom-recognizers." + d.name()
                        + ".pattern is not a valid RE2 expression (no back-references or look-around except a leading (?<![..]) and a trailing (?![..]))", e);
            }
        }
        return out;
    }

    private static String compact(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isWhitespace(c) && c != '-') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
