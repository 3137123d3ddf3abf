package com.safesupport.redaction.anonymize;

import com.safesupport.redaction.detect.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Applies an operator to the findings of one text. Tags come from a {@link TagBook} so numbering can
 * be per request or per scope (persistent); everything else is computed here.
 */
public final class Anonymizer {

    /** A finding with what replaced it. */
    public record Replaced(Finding finding, String replacement) {
    }

    /** The anonymised text and one entry per finding, in text order. */
    public record Result(String text, List<Replaced> items) {
    }

    /** Hands out the tag of a value: the same value gets the same tag within the book's scope. */
    public interface TagBook {
        String tag(String type, String value);
    }

    private final char maskChar;
    private final Map<String, Integer> keepLast;
    private final ValueKeys keys;

    public Anonymizer(char maskChar, Map<String, Integer> keepLast, ValueKeys keys) {
        this.maskChar = maskChar;
        this.keepLast = Map.copyOf(keepLast);
        this.keys = keys;
    }

    public Result apply(String text, List<Finding> findings, Operator operator, TagBook tags) {
        return apply(text, findings, (f, value) -> replacement(operator, f.type(), value, tags));
    }

    /** Replaces each finding by what {@code replace} says, given the finding and its original value. */
    public static Result apply(String text, List<Finding> findings, BiFunction<Finding, String, String> replace) {
        StringBuilder out = new StringBuilder(text.length());
        List<Replaced> items = new ArrayList<>(findings.size());
        int at = 0;
        for (Finding f : findings) {
            String value = text.substring(f.start(), f.end());
            String r = replace.apply(f, value);
            out.append(text, at, f.start()).append(r);
            at = f.end();
            items.add(new Replaced(f, r));
        }
        out.append(text, at, text.length());
        return new Result(out.toString(), items);
    }

    public String replacement(Operator operator, String type, String value, TagBook tags) {
        return switch (operator) {
            case TAG, PSEUDONYMIZE -> tags.tag(type, value);
            case MASK -> mask(value, keepLast.getOrDefault(type, 0), maskChar);
            case REDACT -> "";
            case HASH -> keys.hash(type, value);
        };
    }

    /** Masks letters and digits, keeps separators, and leaves the last {@code keep} letters or digits visible. */
    public static String mask(String value, int keep, char with) {
        int alnum = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                alnum++;
            }
        }
        // Never leave half a short value readable: keep at most a third of it.
        int visible = Math.min(keep, alnum / 3);
        StringBuilder b = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                seen++;
                b.append(seen > alnum - visible ? c : with);
            } else {
                b.append(Character.isWhitespace(c) || c == '-' || c == '.' || c == '@' ? c : with);
            }
        }
        return b.toString();
    }

    /** Numbers values per type within one request: {@code <PERSON_1>}, {@code <PERSON_2>}. */
    public static final class LocalTagBook implements TagBook {
        private final ValueKeys keys;
        private final Map<String, String> tags = new java.util.HashMap<>();
        private final Map<String, Integer> counters = new java.util.HashMap<>();

        public LocalTagBook(ValueKeys keys) {
            this.keys = keys;
        }

        @Override
        public String tag(String type, String value) {
            return tags.computeIfAbsent(keys.fingerprint(type, value),
                    k -> "<" + type + "_" + counters.merge(type, 1, Integer::sum) + ">");
        }
    }
}
