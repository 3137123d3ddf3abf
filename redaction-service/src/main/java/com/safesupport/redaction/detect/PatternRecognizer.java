package com.safesupport.redaction.detect;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recogniser defined by regular expressions, each with a base score and optionally a capture group
 * that delimits the reported span; an optional validator confirms each match. Built-in shapes and the
 * custom recognisers of the configuration are both instances of this class.
 */
public final class PatternRecognizer implements Recognizer {

    /** One regular expression with its base score; {@code group} 0 reports the whole match. */
    public record Shape(Pattern pattern, double score, int group, Predicate<Scan> worthScanning) {

        public static Shape of(String regex, double score) {
            return new Shape(Pattern.compile(regex), score, 0, s -> true);
        }

        public static Shape of(String regex, double score, int group) {
            return new Shape(Pattern.compile(regex), score, group, s -> true);
        }
    }

    private final String name;
    private final String type;
    private final List<Shape> shapes;
    private final Validator validator;
    private final boolean requiresContext;
    private final Predicate<Scan> worthScanning;
    private final boolean onLowerCase;
    private final Set<String> contextWords;

    private PatternRecognizer(Builder b) {
        this.contextWords = Set.copyOf(b.contextWords);
        this.name = b.name;
        this.type = b.type;
        this.shapes = List.copyOf(b.shapes);
        this.validator = b.validator;
        this.requiresContext = b.requiresContext;
        this.worthScanning = b.worthScanning;
        this.onLowerCase = b.onLowerCase;
    }

    public static Builder builder(String name, String type) {
        return new Builder(name, type);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> types() {
        return Set.of(type);
    }

    @Override
    public String validator() {
        return validator == null ? null : validator.name();
    }

    /** Context words of this recogniser itself (custom recognisers); built-in ones use the language packs. */
    @Override
    public Set<String> contextWords(String language) {
        return contextWords;
    }

    List<Shape> shapes() {
        return shapes;
    }

    public boolean requiresContext() {
        return requiresContext;
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        if (!worthScanning.test(scan)) {
            return;
        }
        String subject = onLowerCase ? scan.lower() : scan.text();
        for (Shape shape : shapes) {
            if (!shape.worthScanning.test(scan)) {
                continue;
            }
            Matcher m = shape.pattern.matcher(subject);
            int from = 0;
            while (from <= subject.length() && m.find(from)) {
                int start = m.start(shape.group);
                int end = m.end(shape.group);
                from = Math.max(m.end(), m.start() + 1);
                if (start < 0 || end <= start) {
                    continue;
                }
                double score = shape.score;
                String confirmedBy = null;
                if (validator != null) {
                    score = validator.check(scan.text().substring(start, end), score);
                    if (score < 0) {
                        // A rejected match may hide a valid one that starts inside it ("1 4111 1111 1111 1111").
                        from = m.start() + 1;
                        continue;
                    }
                    confirmedBy = validator.name();
                }
                out.add(new Candidate(type, start, end, score, this, confirmedBy, requiresContext));
            }
        }
    }

    public static final class Builder {
        private final String name;
        private final String type;
        private final java.util.ArrayList<Shape> shapes = new java.util.ArrayList<>();
        private Validator validator;
        private boolean requiresContext;
        private Predicate<Scan> worthScanning = s -> true;
        private boolean onLowerCase;
        private Set<String> contextWords = Set.of();

        private Builder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public Builder shape(String regex, double score) {
            shapes.add(Shape.of(regex, score));
            return this;
        }

        public Builder shape(String regex, double score, int group) {
            shapes.add(Shape.of(regex, score, group));
            return this;
        }

        public Builder context(java.util.Collection<String> words) {
            this.contextWords = Set.copyOf(words);
            return this;
        }

        /** A shape scanned only when a cheap test says it can match (e.g. the text contains "eyJ"). */
        public Builder shape(String regex, double score, Predicate<Scan> when) {
            shapes.add(new Shape(Pattern.compile(regex), score, 0, when));
            return this;
        }

        public Builder validator(Validator v) {
            this.validator = v;
            return this;
        }

        /** Keep matches only when a context word is near (e.g. a bare number is a passport only if "passport" is near). */
        public Builder requiresContext() {
            this.requiresContext = true;
            return this;
        }

        /** A cheap test that skips the regular expressions on texts that cannot match (e.g. no digit at all). */
        public Builder when(Predicate<Scan> test) {
            this.worthScanning = test;
            return this;
        }

        /** Match against the lower-cased text (same offsets), for case-insensitive shapes without (?i) cost. */
        public Builder onLowerCase() {
            this.onLowerCase = true;
            return this;
        }

        public PatternRecognizer build() {
            return new PatternRecognizer(this);
        }
    }
}
