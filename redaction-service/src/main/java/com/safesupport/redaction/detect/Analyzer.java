package com.safesupport.redaction.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detection pipeline: normalise, let every recogniser propose candidates, confirm them with context
 * words, drop allow-listed values and those below the threshold, resolve overlaps (longer span first,
 * then higher score) and map the winners back to offsets in the original text. Thread-safe.
 */
public final class Analyzer {

    /** Context words near a candidate raise its score by this much (Presidio's context enhancer uses 0.35). */
    static final double CONTEXT_BOOST = 0.35;
    static final double MIN_SCORE_WITH_CONTEXT = 0.4;
    static final int CONTEXT_BEFORE = 48;
    static final int CONTEXT_AFTER = 24;

    /** What one request asks for; empty {@code entities} means every type. */
    public record Options(String language, Set<String> entities, double threshold, Collection<String> allowList,
                          Collection<String> denyList) {

        public static Options defaults(String language, double threshold) {
            return new Options(language, Set.of(), threshold, List.of(), List.of());
        }
    }

    private final List<Recognizer> recognizers;
    private final Map<String, LanguagePack> packs;
    private final Set<String> deploymentAllow;
    private final Pattern deploymentDeny;
    private final Recognizer denyList = new Recognizer() {
        @Override
        public String name() {
            return "DenyListRecognizer";
        }

        @Override
        public Set<String> types() {
            return Set.of("DENY_LIST");
        }

        @Override
        public void recognize(Scan scan, List<Candidate> out) {
        }
    };

    public Analyzer(List<Recognizer> recognizers, Map<String, LanguagePack> packs, Collection<String> allowList,
                    Collection<String> denyList) {
        this.recognizers = List.copyOf(recognizers);
        this.packs = Map.copyOf(packs);
        this.deploymentAllow = lowerSet(allowList);
        this.deploymentDeny = denyPattern(denyList);
    }

    /** The built-in recognisers for the given languages, without deployment allow or deny lists. */
    public static Analyzer builtIn(List<String> languages, List<String> phoneRegions, List<Recognizer> extra) {
        Gazetteer gazetteer = Gazetteer.load();
        Map<String, LanguagePack> packs = new java.util.HashMap<>();
        for (String language : languages) {
            packs.put(language, LanguagePack.load(language));
        }
        List<Recognizer> all = new ArrayList<>(BuiltInRecognizers.all(gazetteer, phoneRegions));
        all.addAll(extra);
        return new Analyzer(all, packs, List.of(), List.of());
    }

    public Analyzer withLists(Collection<String> allowList, Collection<String> denyList) {
        return new Analyzer(recognizers, packs, allowList, denyList);
    }

    public List<Recognizer> recognizers() {
        return recognizers;
    }

    public Set<String> languages() {
        return packs.keySet();
    }

    public boolean supports(String language) {
        return packs.containsKey(language);
    }

    public List<Finding> analyze(String text, Options options) {
        LanguagePack pack = packs.get(options.language());
        if (pack == null) {
            throw new IllegalArgumentException("unsupported language");
        }
        Scan scan = TextNormalizer.normalize(text, options.language()).withPack(pack);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> wanted = options.entities();
        for (Recognizer r : recognizers) {
            if (!wanted.isEmpty() && java.util.Collections.disjoint(wanted, r.types())) {
                continue;
            }
            if (r instanceof PatternRecognizer p && p.requiresContext()
                    && !pack.words(p.types().iterator().next()).plus(customWords(p, options.language())).anyIn(scan)) {
                // Every candidate would be dropped for want of a context word: skip the regular expressions.
                continue;
            }
            if (r.languages().contains("*") || r.languages().contains(options.language())) {
                r.recognize(scan, candidates);
            }
        }
        deny(scan, deploymentDeny, candidates);
        deny(scan, denyPattern(options.denyList()), candidates);

        BitSet tags = tags(scan.text());
        String contextText = scan.lower();
        if (tags != null) {
            // Tags of an earlier redaction are not context: "<ZIP_CODE_1>" must not make "4111" a postcode.
            char[] chars = contextText.toCharArray();
            for (int i = tags.nextSetBit(0); i >= 0; i = tags.nextSetBit(i + 1)) {
                chars[i] = ' ';
            }
            contextText = new String(chars);
        }
        Set<String> allow = options.allowList().isEmpty() ? deploymentAllow : union(deploymentAllow, lowerSet(options.allowList()));
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (!wanted.isEmpty() && !wanted.contains(c.type)) {
                continue;
            }
            if (tags != null) {
                int inTag = tags.nextSetBit(c.start);
                if (inTag >= 0 && inTag < c.end) {
                    continue;
                }
            }
            if (!c.recognizer.scoresOwnContext() && c.contextWord == null) {
                enhance(contextText, scan.language(), pack, c);
            }
            if (c.requiresContext && c.contextWord == null) {
                continue;
            }
            if (c.score < options.threshold() || c.score <= 0) {
                continue;
            }
            if (!allow.isEmpty() && allow.contains(scan.lower().substring(c.start, c.end).trim())) {
                continue;
            }
            kept.add(c);
        }
        return resolve(scan, kept);
    }

    private static final Pattern TAG = Pattern.compile("<[A-Z][A-Z0-9_]*_\\d{1,6}>");

    /** Our own tags ({@code <PERSON_1>}) are never personal data: a text redacted twice stays the same. */
    private static BitSet tags(String text) {
        if (text.indexOf('<') < 0) {
            return null;
        }
        BitSet bits = null;
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (bits == null) {
                bits = new BitSet(text.length());
            }
            bits.set(m.start(), m.end());
        }
        return bits;
    }

    private void enhance(String lower, String language, LanguagePack pack, Candidate c) {
        LanguagePack.ContextWords words = pack.words(c.type).plus(customWords(c.recognizer, language));
        if (words.isEmpty()) {
            return;
        }
        String word = words.findIn(lower, c.start - CONTEXT_BEFORE, c.start);
        if (word == null) {
            word = words.findIn(lower, c.end, c.end + CONTEXT_AFTER);
        }
        if (word != null) {
            c.contextWord = word;
            c.score = Math.min(1.0, Math.max(c.score + CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT));
        }
    }

    private static LanguagePack.ContextWords customWords(Recognizer r, String language) {
        Set<String> words = r.contextWords(language);
        return words.isEmpty() ? LanguagePack.ContextWords.NONE : LanguagePack.ContextWords.of(List.copyOf(words));
    }

    /** Longer spans win over the spans they overlap; equal lengths go to the higher score, then the earlier start. */
    private static List<Finding> resolve(Scan scan, List<Candidate> kept) {
        kept.sort(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed()
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
                .thenComparingInt(c -> c.start));
        BitSet taken = new BitSet(scan.text().length());
        List<Finding> findings = new ArrayList<>();
        for (Candidate c : kept) {
            int next = taken.nextSetBit(c.start);
            if (next >= 0 && next < c.end) {
                continue;
            }
            taken.set(c.start, c.end);
            findings.add(new Finding(c.type, scan.originalStart(c.start), scan.originalEnd(c.end), round(c.score),
                    c.recognizer.name(), c.validator, c.contextWord, round(c.baseScore)));
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private void deny(Scan scan, Pattern pattern, List<Candidate> out) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(scan.lower());
        while (m.find()) {
            out.add(new Candidate("DENY_LIST", m.start(), m.end(), 1.0, denyList, null));
        }
    }

    private static Pattern denyPattern(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        boolean first = true;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!first) {
                b.append('|');
            }
            b.append(Pattern.quote(v.trim().toLowerCase(Locale.ROOT)));
            first = false;
        }
        return first ? null : Pattern.compile(b.append(")(?![\\p{L}\\p{N}])").toString());
    }

    private static Set<String> lowerSet(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                s.add(v.trim().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(s);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> s = new java.util.HashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
