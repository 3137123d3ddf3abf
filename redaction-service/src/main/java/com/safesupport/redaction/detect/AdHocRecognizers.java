package com.safesupport.redaction.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognisers a caller sends with one request (Presidio's {@code ad_hoc_recognizers}): patterns and deny lists of one
 * entity type, with context words. Everything here comes from the caller and is treated as hostile: patterns are
 * RE2 (RE2/J: no backtracking, no look-around, no back-references), every list and pattern is bounded before it is
 * compiled (nested counted repetitions are sized before RE2/J expands them), and matching reads the text at most
 * {@value #READS_PER_CHAR} times over per pattern (a pattern whose matches need look-ahead past their end, as
 * {@code a*b|a}, would otherwise cost quadratic time over all its matches), with the request's deadline checked
 * while it reads. Errors name the recogniser and pattern by index, never the text nor the pattern.
 */
public final class AdHocRecognizers {

    /** At most this many recognisers per request. */
    public static final int MAX_RECOGNIZERS = 20;
    /** At most this many patterns per recogniser. */
    public static final int MAX_PATTERNS = 20;
    /** At most this many characters per regular expression. */
    public static final int MAX_REGEX_CHARS = 1_000;
    /** At most this many deny-list entries per recogniser (and allow-list entries matched as regular expressions). */
    public static final int MAX_LIST_ENTRIES = 1_000;
    /** At most this many characters per deny-list entry, context word and name. */
    public static final int MAX_ENTRY_CHARS = 100;
    /** At most this many context words per recogniser. */
    public static final int MAX_CONTEXT_WORDS = 100;
    /** At most this many RE2/J instructions per pattern. */
    public static final int MAX_PROGRAM = 10_000;
    /** At most this many RE2/J instructions over all of a request's recognisers (deny lists included), and over its allow list. */
    public static final int MAX_TOTAL_PROGRAM = 200_000;
    /** How many times over one pattern's search may read the text (plus {@link #READS_SLACK}). */
    static final int READS_PER_CHAR = 64;
    static final int READS_SLACK = 65_536;

    private static final java.util.regex.Pattern SAFE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9 _.-]{1,64}");

    /** Presidio's default flags ({@code re.DOTALL | re.MULTILINE | re.IGNORECASE}). */
    public static final int PRESIDIO_DEFAULT_FLAGS = 16 | 8 | 2;

    /** One pattern as the caller sent it. */
    public record PatternDefinition(String name, String regex, Double score) {
    }

    /** One recogniser as the caller sent it (Presidio's field names in camel case). */
    public record Definition(String name, String supportedLanguage, String supportedEntity, List<PatternDefinition> patterns,
                             List<String> denyList, Double denyListScore, List<String> context, Integer globalRegexFlags) {
    }

    /** The request's recognisers are refused: {@code code} is the problem type, {@code detail} quotes nothing the caller sent. */
    public static final class Invalid extends RuntimeException {
        private final String code;

        Invalid(String code, String detail) {
            super(detail, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final List<AdHocPattern> recognizers;
    private final LanguagePack.ContextIndex contextIndex;

    private AdHocRecognizers(List<AdHocPattern> recognizers, LanguagePack.ContextIndex contextIndex) {
        this.recognizers = recognizers;
        this.contextIndex = contextIndex;
    }

    /** Validates and compiles the request's recognisers; {@link Invalid} names the first problem. */
    public static AdHocRecognizers build(List<Definition> definitions) {
        if (definitions.size() > MAX_RECOGNIZERS) {
            throw new Invalid("ad-hoc-recognizers-limit", "At most " + MAX_RECOGNIZERS + " ad_hoc_recognizers per request");
        }
        List<AdHocPattern> out = new ArrayList<>();
        Map<String, LanguagePack.ContextWords> context = new HashMap<>();
        long program = 0;
        for (int i = 0; i < definitions.size(); i++) {
            Definition d = definitions.get(i);
            String at = "ad_hoc_recognizers[" + i + "]";
            if (d == null) {
                throw invalid(at + " must be an object");
            }
            if (d.name() != null && SAFE_NAME.matcher(d.name()).matches()) {
                at += " (\"" + d.name() + "\")"; // named only when the name cannot carry anything but a name
            }
            String entity = d.supportedEntity() == null ? "" : d.supportedEntity().trim();
            if (entity.isEmpty()) {
                throw invalid(at + ".supported_entity is required");
            }
            if (entity.length() > MAX_ENTRY_CHARS) {
                throw limit(at + ".supported_entity may hold at most " + MAX_ENTRY_CHARS + " characters");
            }
            String name = d.name() == null || d.name().isBlank() ? "PatternRecognizer" : d.name();
            if (name.length() > MAX_ENTRY_CHARS) {
                throw limit(at + ".name may hold at most " + MAX_ENTRY_CHARS + " characters");
            }
            String language = d.supportedLanguage() == null || d.supportedLanguage().isBlank() ? "en"
                    : d.supportedLanguage().trim().toLowerCase(Locale.ROOT);
            List<PatternDefinition> patterns = d.patterns() == null ? List.of() : d.patterns();
            List<String> deny = d.denyList() == null ? List.of() : d.denyList();
            if (patterns.isEmpty() && deny.isEmpty()) {
                throw invalid(at + " needs patterns or a deny_list");
            }
            if (patterns.size() > MAX_PATTERNS) {
                throw limit(at + ".patterns may hold at most " + MAX_PATTERNS + " patterns");
            }
            if (deny.size() > MAX_LIST_ENTRIES) {
                throw limit(at + ".deny_list may hold at most " + MAX_LIST_ENTRIES + " entries");
            }
            List<String> words = d.context() == null ? List.of() : d.context();
            if (words.size() > MAX_CONTEXT_WORDS) {
                throw limit(at + ".context may hold at most " + MAX_CONTEXT_WORDS + " words");
            }
            for (String w : words) {
                if (w == null || w.length() > MAX_ENTRY_CHARS) {
                    throw limit(at + ".context words must be strings of at most " + MAX_ENTRY_CHARS + " characters");
                }
            }
            int flags = flags(d.globalRegexFlags(), at + ".global_regex_flags");
            String key = "adhoc:" + i;
            if (!words.isEmpty()) {
                context.put(key, LanguagePack.ContextWords.of(words));
            }
            for (int p = 0; p < patterns.size(); p++) {
                PatternDefinition pd = patterns.get(p);
                String pat = at + ".patterns[" + p + "]";
                if (pd == null || pd.regex() == null || pd.regex().isEmpty()) {
                    throw invalid(pat + ".regex is required");
                }
                double score = score(pd.score(), pat + ".score", null);
                String patternName = pd.name() == null ? "" : pd.name();
                if (patternName.length() > MAX_ENTRY_CHARS) {
                    throw limit(pat + ".name may hold at most " + MAX_ENTRY_CHARS + " characters");
                }
                Pattern compiled = compile(pd.regex(), flags, pat);
                program += compiled.programSize();
                out.add(new AdHocPattern(name, entity, language, key, patternName, pd.regex(), compiled, score, pat));
            }
            if (!deny.isEmpty()) {
                double score = score(d.denyListScore(), at + ".deny_list_score", 1.0);
                Pattern compiled = denyPattern(deny, at);
                program += compiled.programSize();
                out.add(new AdHocPattern(name, entity, language, key, "deny_list", null, compiled, score, at + ".deny_list"));
            }
            if (program > MAX_TOTAL_PROGRAM) {
                throw limit("The ad_hoc_recognizers compile to more than " + MAX_TOTAL_PROGRAM
                        + " RE2 instructions together; send fewer or smaller patterns and deny lists");
            }
        }
        return new AdHocRecognizers(List.copyOf(out), context.isEmpty() ? null : new LanguagePack.ContextIndex(context));
    }

    /**
     * Presidio's {@code allow_list} with {@code allow_list_match: "regex"}: one RE2 alternation of the entries, searched
     * in each finding's value (a finding whose value contains a match is dropped, as Presidio's {@code re.search}).
     */
    public static Pattern allowPattern(List<String> entries, Integer regexFlags) {
        if (entries.size() > MAX_LIST_ENTRIES) {
            throw limit("allow_list may hold at most " + MAX_LIST_ENTRIES + " entries");
        }
        int flags = flags(regexFlags, "regex_flags");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            String e = entries.get(i);
            if (e == null || e.isEmpty()) {
                throw invalid("allow_list[" + i + "] must be a non-empty regular expression");
            }
            compile(e, flags, "allow_list[" + i + "]");
            all.append(all.isEmpty() ? "" : "|").append("(?:").append(e).append(')');
        }
        Pattern p = Pattern.compile(all.toString(), flags);
        if (p.programSize() > MAX_TOTAL_PROGRAM) {
            throw limit("The allow_list compiles to more than " + MAX_TOTAL_PROGRAM + " RE2 instructions; send fewer or smaller entries");
        }
        return p;
    }

    /** The recognisers that run for {@code language} (Presidio runs an ad-hoc recogniser only for its supported_language). */
    List<AdHocPattern> forLanguage(String language) {
        List<AdHocPattern> out = new ArrayList<>(recognizers.size());
        for (AdHocPattern r : recognizers) {
            if (r.language.equals(language)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every context word of the request's recognisers in {@code lower}, found in one pass; null when none has any. */
    LanguagePack.ContextHits context(String lower) {
        return contextIndex == null ? null : contextIndex.find(lower);
    }

    LanguagePack.ContextIndex contextIndex() {
        return contextIndex;
    }

    private static Invalid invalid(String detail) {
        return new Invalid("invalid-ad-hoc-recognizer", detail);
    }

    private static Invalid limit(String detail) {
        return new Invalid("ad-hoc-recognizers-limit", detail);
    }

    private static double score(Double score, String at, Double otherwise) {
        if (score == null) {
            if (otherwise == null) {
                throw invalid(at + " is required");
            }
            return otherwise;
        }
        if (!(score >= 0 && score <= 1)) {
            throw invalid(at + " must lie between 0 and 1");
        }
        return score;
    }

    /**
     * Python's {@code re} flags as RE2/J flags: IGNORECASE (2), MULTILINE (8), DOTALL (16) and UNICODE (32, what RE2
     * does anyway) are taken; any other bit (VERBOSE, LOCALE, ...) has no RE2 equivalent and is refused.
     */
    static int flags(Integer python, String at) {
        int f = python == null ? PRESIDIO_DEFAULT_FLAGS : python;
        if ((f & ~(2 | 8 | 16 | 32)) != 0) {
            throw invalid(at + " may combine only IGNORECASE (2), MULTILINE (8), DOTALL (16) and UNICODE (32)");
        }
        return ((f & 2) != 0 ? Pattern.CASE_INSENSITIVE : 0) | ((f & 8) != 0 ? Pattern.MULTILINE : 0)
                | ((f & 16) != 0 ? Pattern.DOTALL : 0);
    }

    /** Compiles a caller's expression after bounding its size; {@link Invalid} names {@code at}, never the expression. */
    static Pattern compile(String regex, int flags, String at) {
        if (regex.length() > MAX_REGEX_CHARS) {
            throw limit(at + " may hold at most " + MAX_REGEX_CHARS + " characters");
        }
        // The bound overestimates up to about twice: it only has to keep RE2/J from expanding a huge program at all;
        // the compiled program's own size decides below.
        if (programBound(regex) > 4L * MAX_PROGRAM) {
            throw limit(at + " expands to more than " + MAX_PROGRAM + " RE2 instructions (nested counted repetitions); make it smaller");
        }
        Pattern p;
        try {
            p = Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            // getDescription() is RE2/J's fixed error phrase; getMessage() would quote the expression.
            throw invalid(at + " is not a valid RE2 expression (" + e.getDescription()
                    + "); RE2 has no look-around and no back-references");
        }
        if (p.programSize() > MAX_PROGRAM) {
            throw limit(at + " compiles to more than " + MAX_PROGRAM + " RE2 instructions; make it smaller");
        }
        return p;
    }

    /**
     * An upper bound of the RE2/J program an expression compiles to, read from its text without compiling it (RE2/J
     * expands {@code (a{1000}){1000}} into a million instructions before any size could be checked): one instruction
     * per literal, class, operator and group end, and a counted repetition multiplies what it repeats. Overestimates
     * (escapes, group names) only make it stricter. Linear in the expression's length.
     */
    static long programBound(String re) {
        int n = re.length();
        java.util.ArrayDeque<long[]> stack = new java.util.ArrayDeque<>();
        long size = 0;
        long last = 0;
        int i = 0;
        while (i < n) {
            char c = re.charAt(i);
            if (c == '\\') {
                char next = i + 1 < n ? re.charAt(i + 1) : ' ';
                if (next == 'Q') {
                    int e = re.indexOf("\\E", i + 2);
                    int end = e < 0 ? n : e;
                    size += end - (i + 2);
                    last = 1;
                    i = e < 0 ? n : e + 2;
                    continue;
                }
                if ((next == 'p' || next == 'P' || next == 'x') && i + 2 < n && re.charAt(i + 2) == '{') {
                    int e = re.indexOf('}', i);
                    i = e < 0 ? n : e + 1;
                } else {
                    i += 2;
                }
                size++;
                last = 1;
            } else if (c == '[') {
                i = classEnd(re, i);
                size++;
                last = 1;
            } else if (c == '(') {
                i++;
                if (i < n && re.charAt(i) == '?') {
                    int j = i + 1;
                    while (j < n && re.charAt(j) != ')' && re.charAt(j) != ':' && re.charAt(j) != '>') {
                        j++;
                    }
                    if (j < n && re.charAt(j) == ')') {
                        i = j + 1; // (?i): flags only
                        continue;
                    }
                    i = Math.min(n, j + 1);
                }
                stack.push(new long[]{size});
                size = 0;
            } else if (c == ')') {
                long group = size + 2;
                size = (stack.isEmpty() ? 0 : stack.pop()[0]) + group;
                last = group;
                i++;
            } else if (c == '*' || c == '+' || c == '?') {
                size++;
                last++;
                i++;
            } else if (c == '{') {
                int j = i + 1;
                long min = 0;
                long max = -1;
                int digits = 0;
                while (j < n && Character.isDigit(re.charAt(j)) && digits < 6) {
                    min = min * 10 + (re.charAt(j) - '0');
                    j++;
                    digits++;
                }
                boolean valid = digits > 0;
                if (valid && j < n && re.charAt(j) == ',') {
                    j++;
                    int d2 = 0;
                    long m = 0;
                    while (j < n && Character.isDigit(re.charAt(j)) && d2 < 6) {
                        m = m * 10 + (re.charAt(j) - '0');
                        j++;
                        d2++;
                    }
                    max = d2 > 0 ? m : min + 1;
                } else {
                    max = min;
                }
                if (valid && j < n && re.charAt(j) == '}') {
                    long times = Math.max(1, Math.max(min, max));
                    size += last * (times - 1) + times;
                    last = last * times + times;
                    i = j + 1;
                } else {
                    size++;
                    last = 1;
                    i++;
                }
            } else {
                size++;
                last = c == '|' ? 0 : 1;
                i++;
            }
            if (size > 100L * MAX_PROGRAM || last > 100L * MAX_PROGRAM) {
                return Long.MAX_VALUE;
            }
        }
        while (!stack.isEmpty()) {
            size += stack.pop()[0];
        }
        return size + 4;
    }

    /** The index after the character class opening at {@code open} (or the end of the expression). */
    private static int classEnd(String re, int open) {
        int n = re.length();
        int i = open + 1;
        if (i < n && re.charAt(i) == '^') {
            i++;
        }
        if (i < n && re.charAt(i) == ']') {
            i++;
        }
        while (i < n) {
            char c = re.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && i + 1 < n && re.charAt(i + 1) == ':') {
                int e = re.indexOf(":]", i + 2);
                i = e < 0 ? i + 1 : e + 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Not a letter, digit or underscore (Python's {@code \W} on text, which RE2's ASCII-only {@code \W} is not). */
    private static final String NOT_WORD = "[^\\p{L}\\p{N}_]";

    /**
     * Presidio's deny list: the entries as literals, whole words, case-insensitive, the first listed entry that fits
     * at a place winning (as Presidio's alternation does). The word boundaries are consumed characters here (RE2 has
     * no look-behind): the search resumes at the end of the entry, so the next entry may start right after it.
     */
    private static Pattern denyPattern(List<String> deny, String at) {
        StringBuilder b = new StringBuilder("(?:^|").append(NOT_WORD).append(")(");
        boolean any = false;
        for (int k = 0; k < deny.size(); k++) {
            String e = deny.get(k);
            if (e == null || e.length() > MAX_ENTRY_CHARS) {
                throw limit(at + ".deny_list entries must be strings of at most " + MAX_ENTRY_CHARS + " characters");
            }
            if (e.isEmpty()) {
                continue;
            }
            b.append(any ? "|" : "").append(Pattern.quote(e));
            any = true;
        }
        if (!any) {
            throw invalid(at + ".deny_list holds no non-empty entry");
        }
        b.append(")(?:").append(NOT_WORD).append("|$)");
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** A search read the text more than {@value #READS_PER_CHAR} times over; names the pattern by index only. */
    public static final class TooCostly extends RuntimeException {
        TooCostly(String at) {
            super(at + " needs to read this text more than " + READS_PER_CHAR + " times over (its matches need look-ahead far"
                    + " past their end, as in a*b|a); rewrite it so that its alternatives do not overlap", null, false, false);
        }
    }

    /**
     * The text as RE2/J reads it, counting the characters read: past the budget the search stops with {@link TooCostly},
     * and every 4,096 characters the request's deadline is checked (one search on a long text is otherwise unchecked).
     */
    private static final class CountingText implements CharSequence {
        private final String text;
        private final Scan scan;
        private final String at;
        private long left;

        CountingText(String text, Scan scan, String at) {
            this.text = text;
            this.scan = scan;
            this.at = at;
            this.left = READS_PER_CHAR * (long) text.length() + READS_SLACK;
        }

        @Override
        public char charAt(int index) {
            if ((--left & 4095) == 0) {
                if (left < 0) {
                    throw new TooCostly(at);
                }
                scan.checkDeadline();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** One pattern (or one deny list) of an ad-hoc recogniser; its findings carry the recogniser's name. */
    static final class AdHocPattern implements Recognizer {
        final String name;
        final String type;
        final String language;
        /** The recogniser's context-word list in {@link #contextIndex}. */
        final String contextKey;
        final String patternName;
        /** The caller's expression, for the explanation; null for a deny list. */
        final String regex;
        private final Pattern pattern;
        private final double score;
        private final String at;

        AdHocPattern(String name, String type, String language, String contextKey, String patternName, String regex,
                     Pattern pattern, double score, String at) {
            this.name = name;
            this.type = type;
            this.language = language;
            this.contextKey = contextKey;
            this.patternName = patternName;
            this.regex = regex;
            this.pattern = pattern;
            this.score = score;
            this.at = at;
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
        public void recognize(Scan scan, List<Candidate> out) {
            if (score <= 0) {
                return; // Presidio drops a result scored 0 before any context could raise it
            }
            String text = scan.text();
            int n = text.length();
            Matcher m = pattern.matcher(new CountingText(text, scan, at));
            int group = regex == null ? 1 : 0;
            int from = 0;
            while (from <= n && m.find(from)) {
                int start = m.start(group);
                int end = m.end(group);
                from = end > m.start() ? end : m.start() + 1;
                if (end > start) {
                    out.add(new Candidate(type, start, end, score, this, null));
                }
            }
        }
    }
}
