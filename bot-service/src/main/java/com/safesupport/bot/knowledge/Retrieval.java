package com.safesupport.bot.knowledge;

import java.util.List;

/** What retrieval found for a question, best first, with the confidence the pipeline decides on. */
public record Retrieval(List<Hit> hits) {

    /**
     * An article, its blended score in [0, 1] and the passage closest to the question; {@code semantic} (best
     * cosine of the article's texts) and {@code lexical} (BM25 relative to the query's best article) are the two
     * parts of the score, kept for explanations and evaluation.
     */
    public record Hit(Article article, double score, String bestPassage, double semantic, double lexical) {

        public Hit(Article article, double score, String bestPassage) {
            this(article, score, bestPassage, score, 0);
        }
    }

    public double confidence() {
        return hits.isEmpty() ? 0.0 : hits.getFirst().score();
    }

    public Hit best() {
        return hits.getFirst();
    }
}
