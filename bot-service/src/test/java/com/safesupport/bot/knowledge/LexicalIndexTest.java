package com.safesupport.bot.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lucene BM25 part of retrieval on its own: English analysis, normalisation and hostile queries. */
class LexicalIndexTest {

    private final LexicalIndex index = new LexicalIndex(List.of(
            "Your new card has not arrived. Cards are delivered within five working days.",
            "Exchange rates for payments abroad: we use the daily rate.",
            "Freeze a lost or stolen card in the app."));

    @Test
    void stemmedWordsMatchAndTheBestArticleScoresOne() {
        double[] s = index.scores("When will my cards arrive?");
        assertEquals(1.0, s[0], 1e-9);
        assertTrue(s[1] < s[0]);
    }

    @Test
    void aQueryWithoutKnownWordsScoresNothing() {
        double[] s = index.scores("zxqv blorf wibble");
        for (double v : s) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void hostileQueriesAreCappedAndDoNotBreakScoring() {
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            huge.append("word").append(i).append(' ');
        }
        huge.append("exchange rate");
        // Distinct terms are capped, so the Boolean query never exceeds Lucene's clause limit.
        assertEquals(LexicalIndex.MAX_QUERY_TERMS, index.terms(huge.toString()).size());
        index.scores(huge.toString());
        String odd = "\u202Eetar egnahcxe\u202C \u0000 e\u0301xchange \uD83D\uDCB3\uD83D\uDCB3 ＲＡＴＥ " + "\uFFFF".repeat(1000)
                + "\uD800" + "a\u0308".repeat(5000);
        double[] s = index.scores(odd);
        assertEquals(3, s.length);
        double[] repeated = index.scores("card ".repeat(10_000));
        assertEquals(1.0, repeated[0], 1e-9);
    }
}
