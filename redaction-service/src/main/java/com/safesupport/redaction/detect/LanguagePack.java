package com.safesupport.redaction.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What detection needs to know about one language: context words per entity type (from
 * {@code context/<lang>.properties}) and the language's common words (from
 * {@code gazetteers/<lang>/common-words.tsv}, SCOWL for English), which keep "Will" or "May" from
 * counting as names without context. Adding a language means adding those two files.
 */
public final class LanguagePack {

    private final String language;
    private final Map<String, ContextWords> words;
    private final Map<String, Integer> commonWords;
    private final ContextIndex index;

    private LanguagePack(String language, Map<String, ContextWords> words, Map<String, Integer> commonWords) {
        this.language = language;
        this.words = Map.copyOf(words);
        this.commonWords = commonWords;
        this.index = new ContextIndex(this.words);
    }

    /**
     * This pack with more context-word lists (a custom recogniser's words under its own key), so that one pass
     * over a text finds every list's words at once.
     */
    public LanguagePack with(Map<String, java.util.Collection<String>> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, ContextWords> all = new HashMap<>(words);
        extra.forEach((key, list) -> all.put(key, all.getOrDefault(key, ContextWords.NONE).plus(ContextWords.of(List.copyOf(list)))));
        return new LanguagePack(language, all, commonWords);
    }

    /** The automaton-equivalent over every context list of this language: one hash look-up per word of a text. */
    public ContextIndex index() {
        return index;
    }

    public static LanguagePack load(String language) {
        Properties props = new Properties();
        String path = "context/" + language + ".properties";
        try (InputStream in = resource(path)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
        Map<String, ContextWords> words = new HashMap<>();
        for (String key : props.stringPropertyNames()) {
            words.put(key, ContextWords.of(List.of(props.getProperty(key).split(","))));
        }
        Map<String, Integer> common = new HashMap<>(150_000);
        Gazetteer.readTsv("gazetteers/" + language + "/common-words.tsv", (key, value) -> common.put(key, Integer.parseInt(value)));
        return new LanguagePack(language, words, common);
    }

    static InputStream resource(String path) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            in = LanguagePack.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new IllegalStateException("Missing resource " + path + " (for native images it must be listed in quarkus.native.resources.includes)");
        }
        return in;
    }

    public String language() {
        return language;
    }

    /** Context words for an entity type or a named list ({@code @person.intro}); empty when none. */
    public ContextWords words(String key) {
        return words.getOrDefault(key, ContextWords.NONE);
    }

    /**
     * How common a lower-case word is: SCOWL size 10 (most common) to 70, or 99 when not a common word.
     */
    public int commonness(String lowerWord) {
        return commonWords.getOrDefault(lowerWord, 99);
    }

    void forEachCommonWord(java.util.function.BiConsumer<String, Integer> sink) {
        commonWords.forEach(sink);
    }

    /** A set of single words and phrases, matched on word boundaries in lower-cased text. */
    public record ContextWords(Set<String> words, List<String> phrases) {

        static final ContextWords NONE = new ContextWords(Set.of(), List.of());

        public static ContextWords of(List<String> entries) {
            java.util.HashSet<String> single = new java.util.HashSet<>();
            List<String> phrases = new ArrayList<>();
            for (String raw : entries) {
                String w = raw.trim().toLowerCase(Locale.ROOT);
                if (w.isEmpty()) {
                    continue;
                }
                if (isWord(w)) {
                    single.add(w);
                } else {
                    phrases.add(w);
                }
            }
            return new ContextWords(Set.copyOf(single), List.copyOf(phrases));
        }

        public boolean isEmpty() {
            return words.isEmpty() && phrases.isEmpty();
        }

        /**
         * Whether any entry could be found anywhere in the text: a cheap test that lets the analyzer skip
         * recognisers whose candidates would all be dropped for want of context. Errs towards true.
         */
        public boolean anyIn(Scan scan) {
            java.util.Set<String> present = scan.words();
            // (linear: one pass for the word set, then one contains() per entry)
            for (String w : words) {
                if (present.contains(w) || !isPlain(w) && scan.lower().contains(w)) {
                    return true;
                }
            }
            for (String p : phrases) {
                if (scan.lower().contains(p)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isPlain(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetterOrDigit(w.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        public ContextWords plus(ContextWords other) {
            if (other.isEmpty()) {
                return this;
            }
            java.util.HashSet<String> w = new java.util.HashSet<>(words);
            w.addAll(other.words);
            List<String> p = new ArrayList<>(phrases);
            p.addAll(other.phrases);
            return new ContextWords(Set.copyOf(w), List.copyOf(p));
        }

        /**
         * The first context word found in {@code lower[from, to)}, or null. Words match whole tokens; phrases
         * match as substrings on word boundaries.
         */
        public String findIn(String lower, int from, int to) {
            from = Math.max(0, from);
            to = Math.min(lower.length(), to);
            if (from >= to || isEmpty()) {
                return null;
            }
            int i = from;
            while (i < to) {
                char c = lower.charAt(i);
                if (!isTokenChar(c)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < to && isTokenChar(lower.charAt(j))) {
                    j++;
                }
                // Trim trailing apostrophes and dots that belong to punctuation, keep "d.o.b" and "i'm" whole.
                String token = lower.substring(i, j);
                if (words.contains(token)) {
                    return token;
                }
                String stripped = strip(token);
                if (!stripped.equals(token) && words.contains(stripped)) {
                    return stripped;
                }
                i = j;
            }
            // Phrases are tried only where a word starts inside the window: the cost stays bounded by the window,
            // never by the rest of the text.
            for (int at = from; at < to && !phrases.isEmpty(); at++) {
                if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    continue;
                }
                for (String phrase : phrases) {
                    if (at + phrase.length() <= to && lower.startsWith(phrase, at)
                            && (at + phrase.length() >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at + phrase.length())))) {
                        return phrase;
                    }
                }
            }
            return null;
        }

        static String strip(String token) {
            int s = 0;
            int e = token.length();
            while (s < e && !Character.isLetterOrDigit(token.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) {
                e--;
            }
            return token.substring(s, e);
        }

        static boolean isTokenChar(char c) {
            return Chars.letterOrDigit(c) || c == '\'' || c == '.' || c == '/' || c == '#' || c == '-' || c == '_';
        }

        private static boolean isWord(String w) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!isTokenChar(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Every context list of a language compiled into one dictionary: single words by hash, phrases by their first
     * word. {@link #find} walks a text once and reports, for each word or phrase found, which lists it belongs to —
     * the word-level equivalent of an Aho–Corasick automaton (context words match whole words only, so a hash
     * look-up per word replaces the automaton's character transitions).
     */
    public static final class ContextIndex {

        private final Map<String, Integer> ids = new HashMap<>();
        /** Per word: the lists it is a word of, and the phrases it starts; one look-up answers both. */
        private final RegionMap<Entry> words;

        record Phrase(String text, int[] ids) {
        }

        /** {@code ids} null when the word is no context word itself; {@code phrases} null when it starts none. */
        private record Entry(int[] ids, List<Phrase> phrases) {
        }

        ContextIndex(Map<String, ContextWords> lists) {
            Map<String, java.util.Set<Integer>> singleIds = new HashMap<>();
            Map<String, java.util.Set<Integer>> phraseIds = new HashMap<>();
            for (String key : new java.util.TreeSet<>(lists.keySet())) {
                int id = ids.size();
                ids.put(key, id);
                ContextWords w = lists.get(key);
                for (String word : w.words()) {
                    singleIds.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add(id);
                    String stripped = ContextWords.strip(word);
                    if (!stripped.equals(word) && !stripped.isEmpty()) {
                        // "d.o.b" is found as written; "ss#" also when the text writes "ss#:" — strip() handles the text side.
                        singleIds.computeIfAbsent(word, k -> new java.util.TreeSet<>()).add(id);
                    }
                }
                for (String phrase : w.phrases()) {
                    phraseIds.computeIfAbsent(phrase, k -> new java.util.TreeSet<>()).add(id);
                }
            }
            Map<String, int[]> single = new HashMap<>();
            Map<String, List<Phrase>> phrases = new HashMap<>();
            singleIds.forEach((w, set) -> single.put(w, set.stream().mapToInt(Integer::intValue).toArray()));
            phraseIds.forEach((p, set) -> {
                int k = 0;
                while (k < p.length() && ContextWords.isTokenChar(p.charAt(k))) {
                    k++;
                }
                String first = ContextWords.strip(p.substring(0, k));
                phrases.computeIfAbsent(first, f -> new ArrayList<>()).add(new Phrase(p, set.stream().mapToInt(Integer::intValue).toArray()));
            });
            Map<String, Entry> entries = new HashMap<>();
            for (String w : single.keySet()) {
                entries.put(w, new Entry(single.get(w), phrases.get(w)));
            }
            for (String w : phrases.keySet()) {
                entries.putIfAbsent(w, new Entry(null, phrases.get(w)));
            }
            this.words = new RegionMap<>(entries);
            this.phrasesEmpty = phrases.isEmpty();
        }

        private final boolean phrasesEmpty;

        /** The id of a list ({@code PERSON}, {@code @dob.intro}, a custom recogniser's key), or -1 when it has no words. */
        public int id(String key) {
            Integer id = ids.get(key);
            return id == null ? -1 : id;
        }

        /**
         * Every context word and phrase in a lower-cased text, in order of position. Linear in the text. Kept in small
         * methods (the token walk here, one token in {@link #token}, its parts in {@link #parts}, its phrases in
         * {@link #phrases}): a single large method with six loops was seen running interpreted for seconds after an
         * uncommon trap deoptimised it, until C2 compiled it again; small methods recompile quickly and a trap in one
         * of them does not throw the others out.
         */
        public ContextHits find(String lower) {
            ContextHits hits = new ContextHits();
            int n = lower.length();
            int i = 0;
            while (i < n) {
                if (!ContextWords.isTokenChar(lower.charAt(i))) {
                    i++;
                    continue;
                }
                int j = tokenEnd(lower, i + 1, n);
                token(lower, n, i, j, hits);
                i = j;
            }
            return hits;
        }

        private static int tokenEnd(String lower, int j, int n) {
            while (j < n && ContextWords.isTokenChar(lower.charAt(j))) {
                j++;
            }
            return j;
        }

        /** The context words and phrases of the token {@code lower[i, j)}. */
        private void token(String lower, int n, int i, int j, ContextHits hits) {
            int s = i;
            int e = j;
            while (s < e && !Chars.letterOrDigit(lower.charAt(s))) {
                s++;
            }
            while (e > s && !Chars.letterOrDigit(lower.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                return;
            }
            // The token's hash serves both look-ups when no punctuation was stripped (most words).
            Entry whole = j - i <= 24 ? words.get(lower, i, j) : null;
            int[] found = whole == null ? null : whole.ids();
            Entry stripped = null;
            if (found != null) {
                hits.add(i, j, found);
            } else if ((s > i || e < j) && e - s <= 24) {
                stripped = words.get(lower, s, e);
                found = stripped == null ? null : stripped.ids();
                if (found != null) {
                    hits.add(s, e, found);
                }
            }
            if (found == null && e - s <= 64) {
                parts(lower, s, e, hits);
            }
            Entry first = phrasesEmpty || e - s > 24 ? null
                    : s == i && e == j ? whole : stripped != null ? stripped : words.get(lower, s, e);
            List<Phrase> candidates = first == null ? null : first.phrases();
            if (candidates != null) {
                phrases(lower, n, s, candidates, hits);
            }
        }

        /** "815-fax", "phone/whatsapp": the words inside a token joined by '-', '/', '.' or '#'. */
        private void parts(String lower, int s, int e, ContextHits hits) {
            int p = s;
            while (p < e) {
                int q = p;
                while (q < e && Chars.letterOrDigit(lower.charAt(q))) {
                    q++;
                }
                if (q > p && (p > s || q < e) && q - p <= 24) {
                    Entry partEntry = words.get(lower, p, q);
                    int[] part = partEntry == null ? null : partEntry.ids();
                    if (part != null) {
                        hits.add(p, q, part);
                    }
                }
                p = q + 1;
            }
        }

        private static void phrases(String lower, int n, int s, List<Phrase> candidates, ContextHits hits) {
            for (Phrase p : candidates) {
                int end = s + p.text().length();
                if (Chars.startsWith(lower, s, p.text()) && (end >= n || !Chars.letterOrDigit(lower.charAt(end)))) {
                    hits.add(s, end, p.ids());
                }
            }
        }
    }

    /** Context words found in one text: positions and the lists each belongs to, sorted by start. */
    public static final class ContextHits {

        private int size;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int[][] ids = new int[8][];

        void add(int start, int end, int[] listIds) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            ids[size] = listIds;
            size++;
        }

        public int size() {
            return size;
        }

        public int start(int k) {
            return starts[k];
        }

        public int end(int k) {
            return ends[k];
        }

        public boolean in(int k, int listId) {
            for (int id : ids[k]) {
                if (id == listId) {
                    return true;
                }
            }
            return false;
        }

        /** Whether any word of the list occurs anywhere in the text. */
        public boolean any(int listId) {
            if (listId < 0) {
                return false;
            }
            for (int k = 0; k < size; k++) {
                if (in(k, listId)) {
                    return true;
                }
            }
            return false;
        }

        /** The hit of the list nearest before {@code to} that starts at or after {@code from}; -1 when none. */
        public int lastBefore(int listId, int from, int to) {
            if (listId < 0) {
                return -1;
            }
            for (int k = upperBound(to) - 1; k >= 0 && starts[k] >= from; k--) {
                if (ends[k] <= to && in(k, listId)) {
                    return k;
                }
            }
            return -1;
        }

        /** The first hit of the list that starts at or after {@code from} and ends by {@code to}; -1 when none. */
        public int firstAfter(int listId, int from, int to) {
            if (listId < 0) {
                return -1;
            }
            for (int k = upperBound(from - 1); k < size && starts[k] < to; k++) {
                if (starts[k] >= from && ends[k] <= to && in(k, listId)) {
                    return k;
                }
            }
            return -1;
        }

        /** The first index whose start is greater than {@code position}. */
        private int upperBound(int position) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= position) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
