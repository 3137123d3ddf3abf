package com.safesupport.bot.guardrail;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of an answer is backed by the retrieved articles: the share of its content words that occur in them.
 * Crude, but it catches the failure that matters: an answer that promises what no article says.
 */
public final class Grounding {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "if", "of", "to",
            "in", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its",
            "this", "that", "these", "those", "you", "your", "we", "our", "us", "i", "me", "my", "can", "will", "would",
            "could", "should", "may", "might", "do", "does", "did", "not", "no", "yes", "so", "than", "then", "there",
            "here", "what", "which", "who", "when", "where", "how", "why", "all", "any", "some", "also", "just", "please",
            "have", "has", "had", "get", "about", "into", "up", "out", "sure", "happy", "help", "hope", "thanks", "thank");

    private Grounding() {
    }

    /** Share in [0, 1] of the answer's content words found in the sources; 1 for an answer without content words. */
    public static double support(String answer, String sources) {
        Set<String> known = new HashSet<>(words(sources));
        List<String> claimed = words(answer).stream().filter(w -> !FUNCTION_WORDS.contains(w) && w.length() > 2).toList();
        if (claimed.isEmpty()) {
            return 1.0;
        }
        long backed = claimed.stream().filter(w -> known.contains(w) || known.contains(stem(w))).count();
        return (double) backed / claimed.size();
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}<>_]+"))
                .filter(w -> !w.isEmpty())
                .flatMap(w -> java.util.stream.Stream.of(w, stem(w)))
                .toList();
    }

    private static String stem(String w) {
        return w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
