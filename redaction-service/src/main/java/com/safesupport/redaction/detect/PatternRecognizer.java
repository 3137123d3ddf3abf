package com.safesupport.redaction.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.List;
import java.util.Set;

/**
 * A recogniser defined by a regular expression from configuration (a deployment's custom recogniser), compiled
 * with RE2/J: linear time in the text, whatever the pattern, because RE2/J never backtracks. RE2/J has no
 * look-around, so the one form custom patterns commonly use is supported on top: a leading
 * {@code (?<![class])} and a trailing {@code (?![class])} with a single character class, checked on the one
 * character before and after each match ("not glued to a letter or digit").
 */
public final class PatternRecognizer implements Recognizer {

    /** How many times the text's length the searches after rejected matches may read before they stop overlapping. */
    static final int RETRY_BUDGET = 16;

    private final String name;
    private final String type;
    private final Pattern pattern;
    private final Pattern notBefore;
    private final Pattern notAfter;
    private final double score;
    private final int group;
    private final Validator validator;
    private final boolean requiresContext;
    private final Set<String> contextWords;

    private PatternRecognizer(Builder b) {
        this.name = b.name;
        this.type = b.type;
        String regex = b.regex;
        Pattern before = null;
        Pattern after = null;
        if (regex.startsWith("(?<![")) {
            int close = closingBracket(regex, 4);
            if (close > 0 && regex.startsWith(")", close + 1)) {
                before = Pattern.compile(regex.substring(4, close + 1));
                regex = regex.substring(close + 2);
            }
        }
        int lookahead = regex.lastIndexOf("(?![");
        if (lookahead >= 0 && regex.endsWith("])")) {
            int close = closingBracket(regex, lookahead + 3);
            if (close == regex.length() - 2) {
                after = Pattern.compile(regex.substring(lookahead + 3, close + 1));
                regex = regex.substring(0, lookahead);
            }
        }
        this.pattern = Pattern.compile(regex);
        this.notBefore = before;
        this.notAfter = after;
        this.score = b.score;
        this.group = b.group;
        this.validator = b.validator;
        this.requiresContext = b.requiresContext;
        this.contextWords = Set.copyOf(b.contextWords);
        if (group < 0 || group > pattern.groupCount()) {
            throw new IllegalArgumentException("custom recogniser " + name + ": group " + group + " does not exist in its pattern");
        }
    }

    /** The index of the ']' closing the character class that opens at {@code open}, or -1. */
    private static int closingBracket(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        return -1;
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

    public boolean requiresContext() {
        return requiresContext;
    }

    private static boolean oneCharMatches(Pattern p, String text, int index) {
        return p != null && index >= 0 && index < text.length() && p.matches(text.substring(index, Math.min(text.length(),
                index + Character.charCount(text.codePointAt(index)))));
    }

    @Override
    public void recognize(Scan scan, List<Candidate> out) {
        String subject = scan.text();
        Matcher m = pattern.matcher(subject);
        int from = 0;
        int n = subject.length();
        // A rejected match is searched again one character later, so that it hides no valid match inside it. With an
        // open-ended pattern ("\d{9,}") every such search reads to the end of a long run again: quadratic. The
        // characters those searches read are counted; past RETRY_BUDGET times the text, a rejected match is skipped
        // whole, as a plain left-to-right search would, which keeps the recogniser linear on any input.
        long retryBudget = RETRY_BUDGET * (long) n + 4096;
        while (from <= n && m.find(from)) {
            int start = m.start(group);
            int end = m.end(group);
            int retry = retryBudget > 0 ? m.start() + 1 : Math.max(m.end(), m.start() + 1);
            retryBudget -= m.end() - from + 1;
            from = Math.max(m.end(), m.start() + 1);
            if (start < 0 || end <= start) {
                continue;
            }
            if (oneCharMatches(notBefore, subject, m.start() - 1) || oneCharMatches(notAfter, subject, m.end())) {
                from = retry;
                continue;
            }
            double s = score;
            String confirmedBy = null;
            if (validator != null) {
                s = validator.check(subject.substring(start, end), s);
                if (s < 0) {
                    from = retry;
                    continue;
                }
                confirmedBy = validator.name();
            }
            out.add(new Candidate(type, start, end, s, this, confirmedBy, requiresContext));
        }
    }

    public static final class Builder {
        private final String name;
        private final String type;
        private String regex;
        private double score;
        private int group;
        private Validator validator;
        private boolean requiresContext;
        private Set<String> contextWords = Set.of();

        private Builder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public Builder shape(String regex, double score, int group) {
            this.regex = regex;
            this.score = score;
            this.group = group;
            return this;
        }

        public Builder context(java.util.Collection<String> words) {
            this.contextWords = Set.copyOf(words);
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

        public PatternRecognizer build() {
            return new PatternRecognizer(this);
        }
    }
}
