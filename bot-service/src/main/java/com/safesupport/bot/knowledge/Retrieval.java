package com.safesupport.bot.knowledge;

import java.util.List;

/** What retrieval found for a question, best first, with the confidence the pipeline decides on. */
public record Retrieval(List<Hit> hits) {

    /** An article, its score in [0, 1] and the passage closest to the question. */
    public record Hit(Article article, double score, String bestPassage) {
    }

    public double confidence() {
        return hits.isEmpty() ? 0.0 : hits.getFirst().score();
    }

    public Hit best() {
        return hits.getFirst();
    }
}
