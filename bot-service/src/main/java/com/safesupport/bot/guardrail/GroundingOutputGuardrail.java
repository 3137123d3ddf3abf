package com.safesupport.bot.guardrail;

import com.safesupport.bot.config.BotConfig;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailRequest;
import dev.langchain4j.guardrail.OutputGuardrailResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The model's claims must come from the retrieved articles. An ungrounded answer is re-prompted once
 * (quarkus.langchain4j.guardrails.max-retries=1); if it stays ungrounded the caller falls back to extractive.
 */
@ApplicationScoped
public class GroundingOutputGuardrail implements OutputGuardrail {

    @Inject
    BotConfig config;

    @Override
    public OutputGuardrailResult validate(OutputGuardrailRequest request) {
        AiMessage message = request.responseFromLLM().aiMessage();
        Object articles = request.requestParams().variables().get("articles");
        double support = Grounding.support(message.text() == null ? "" : message.text(), articles == null ? "" : articles.toString());
        if (support < config.answer().groundingThreshold()) {
            return reprompt("ungrounded", "Answer again using only facts stated in the articles above. "
                    + "If the articles do not answer the question, say that you cannot answer it and offer a human.");
        }
        return success();
    }
}
