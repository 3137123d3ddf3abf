package com.safesupport.bot.answer;

import com.safesupport.bot.knowledge.Retrieval;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The offline answer: the passage of the best article closest to the question, quoted and cited. */
@ApplicationScoped
public class ExtractiveAnswerer {

    public Answer answer(Retrieval retrieval) {
        Retrieval.Hit best = retrieval.best();
        return new Answer(best.bestPassage() + "\n\n(From our help article \"" + best.article().title() + "\".)",
                "extractive", List.of(), null);
    }
}
