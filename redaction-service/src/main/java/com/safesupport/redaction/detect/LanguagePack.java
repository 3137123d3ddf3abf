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

    private LanguagePack(String language, Map<String, ContextWords> words, Map<String, Integer> commonWords) {
        this.language = language;
        this.words = words;
        this.commonWords = commonWords;
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
            for (String phrase : phrases) {
                int at = lower.indexOf(phrase, from);
                while (at >= 0 && at + phrase.length() <= to) {
                    boolean left = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                    boolean right = at + phrase.length() >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at + phrase.length()));
                    if (left && right) {
                        return phrase;
                    }
                    at = lower.indexOf(phrase, at + 1);
                }
            }
            return null;
        }

        private static String strip(String token) {
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

        private static boolean isTokenChar(char c) {
            return Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == '/' || c == '#' || c == '-' || c == '_';
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
}
